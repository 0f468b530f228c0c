#include "dataset/detail/TextLines.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "util/Error.h"

namespace taxa::detail {

TextLines::TextLines(const std::string& path, std::string label)
    : file_(std::make_unique<MappedFile>(path, label, 1)), label_(std::move(label)) {}

void TextLines::fail(int64_t line, const std::string& what) const {
    throw Error(label_ + ": line " + std::to_string(line) + ": " + what);
}

std::pair<std::string_view, std::string_view> firstWord(std::string_view line) {
    const size_t gap = line.find_first_of(" \t");
    if (gap == std::string_view::npos) return {line, {}};
    std::string_view rest = line.substr(gap);
    const size_t start = rest.find_first_not_of(" \t");
    return {line.substr(0, gap),
            start == std::string_view::npos ? std::string_view() : rest.substr(start)};
}

bool parseId(std::string_view s, int64_t& out) {
    if (s.empty() || s.size() > 18) return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size() && out >= 0;
}

bool parseNumber(std::string_view s, double& out) {
    if (s.empty() || s.size() > 64) return false;
    char buf[65];
    s.copy(buf, s.size());
    buf[s.size()] = '\0';
    char* end = nullptr;
    out = std::strtod(buf, &end);  // from_chars for double needs GCC 11's libstdc++; this is 12
    return end == buf + s.size() && std::isfinite(out);
}

}  // namespace taxa::detail
