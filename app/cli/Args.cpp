#include "Args.h"

#include <cerrno>
#include <cstdlib>

#include "util/Error.h"

namespace taxa::cli {

Args::Args(int argc, char** argv, int first, const std::set<std::string>& valued,
           const std::set<std::string>& flags) {
    for (int i = first; i < argc; ++i) {
        std::string a = argv[i];
        std::string value;
        bool inlineValue = false;
        if (const auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = a.substr(eq + 1);
            a = a.substr(0, eq);
            inlineValue = true;
        }
        if (a.rfind("--", 0) != 0) throw Error("unexpected argument '" + a + "'");
        const std::string name = a.substr(2);
        if (flags.count(name)) {
            if (inlineValue) throw Error("option --" + name + " takes no value");
            flags_.insert(name);
        } else if (valued.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= argc) throw Error("option --" + name + " needs a value");
                value = argv[++i];
            }
            values_[name] = value;
            repeated_[name].push_back(value);
        } else {
            throw Error("unknown option --" + name);
        }
    }
}

std::string Args::get(const std::string& name, const std::string& fallback) const {
    auto it = values_.find(name);
    return it == values_.end() ? fallback : it->second;
}

std::vector<std::string> Args::all(const std::string& name) const {
    auto it = repeated_.find(name);
    return it == repeated_.end() ? std::vector<std::string>{} : it->second;
}

std::string Args::required(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end() || it->second.empty()) throw Error("missing required option --" + name);
    return it->second;
}

int64_t Args::getInt(const std::string& name, int64_t fallback, int64_t lo, int64_t hi) const {
    auto it = values_.find(name);
    if (it == values_.end()) return fallback;
    errno = 0;
    char* end = nullptr;
    const long long v = std::strtoll(it->second.c_str(), &end, 10);
    if (errno || end == it->second.c_str() || *end)
        throw Error("option --" + name + ": '" + it->second + "' is not an integer");
    if (v < lo || v > hi)
        throw Error("option --" + name + ": " + it->second + " is outside " + std::to_string(lo) +
                    ".." + std::to_string(hi));
    return v;
}

uint64_t Args::getSeed(const std::string& name, uint64_t fallback) const {
    auto it = values_.find(name);
    if (it == values_.end()) return fallback;
    errno = 0;
    char* end = nullptr;
    const unsigned long long v = std::strtoull(it->second.c_str(), &end, 10);
    if (errno || end == it->second.c_str() || *end || it->second[0] == '-')
        throw Error("option --" + name + ": '" + it->second + "' is not a non-negative integer");
    return v;
}

}  // namespace taxa::cli
