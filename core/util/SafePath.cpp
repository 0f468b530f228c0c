#include "util/SafePath.h"

namespace taxa {

std::string unsafeRelativePathReason(std::string_view rel) {
    if (rel.empty()) return "empty path";
    if (rel.find('\0') != std::string_view::npos) return "path contains a NUL byte";
    if (rel.front() == '/' || rel.front() == '\\') return "absolute path";
    if (rel.size() >= 2 && rel[1] == ':') return "absolute path with a drive letter";
    // Both separators count, so a Windows-style "..\\x" cannot slip through.
    size_t start = 0;
    while (start <= rel.size()) {
        size_t end = rel.find_first_of("/\\", start);
        if (end == std::string_view::npos) end = rel.size();
        if (rel.substr(start, end - start) == "..") return "path escapes the dataset root";
        start = end + 1;
    }
    return {};
}

std::string joinInside(const std::string& root, std::string_view rel) {
    std::string out = root;
    if (!out.empty() && out.back() != '/') out += '/';
    out.append(rel.data(), rel.size());
    return out;
}

}  // namespace taxa
