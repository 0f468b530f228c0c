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
            values_[name].push_back(value);
        } else {
            throw Error("unknown option --" + name);
        }
    }
}

const std::string* Args::value(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? nullptr : &it->second.back();
}

std::string Args::get(const std::string& name, const std::string& fallback) const {
    const std::string* v = value(name);
    return v ? *v : fallback;
}

std::vector<std::string> Args::all(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::string Args::required(const std::string& name) const {
    const std::string* v = value(name);
    if (!v || v->empty()) throw Error("missing required option --" + name);
    return *v;
}

int64_t Args::getInt(const std::string& name, int64_t fallback, int64_t lo, int64_t hi) const {
    const std::string* text = value(name);
    if (!text) return fallback;
    errno = 0;
    char* end = nullptr;
    const long long v = std::strtoll(text->c_str(), &end, 10);
    if (errno || end == text->c_str() || *end)
        throw Error("option --" + name + ": '" + *text + "' is not an integer");
    if (v < lo || v > hi)
        throw Error("option --" + name + ": " + *text + " is outside " + std::to_string(lo) + ".." +
                    std::to_string(hi));
    return v;
}

uint64_t Args::getSeed(const std::string& name, uint64_t fallback) const {
    const std::string* text = value(name);
    if (!text) return fallback;
    errno = 0;
    char* end = nullptr;
    const unsigned long long v = std::strtoull(text->c_str(), &end, 10);
    if (errno || end == text->c_str() || *end || (*text)[0] == '-')
        throw Error("option --" + name + ": '" + *text + "' is not a non-negative integer");
    return v;
}

namespace {

double parseNumber(const std::string& name, const std::string& text) {
    errno = 0;
    char* end = nullptr;
    const double x = std::strtod(text.c_str(), &end);
    if (errno || end == text.c_str() || *end)
        throw Error("option --" + name + ": '" + text + "' is not a number");
    return x;
}

}  // namespace

double Args::getDouble(const std::string& name, double fallback) const {
    const std::string* text = value(name);
    return text && !text->empty() ? parseNumber(name, *text) : fallback;
}

std::vector<double> Args::getNumbers(const std::string& name) const {
    std::vector<double> out;
    const std::string* text = value(name);
    if (!text || text->empty()) return out;
    for (size_t start = 0;;) {
        const size_t comma = text->find(',', start);
        out.push_back(parseNumber(name, text->substr(start, comma - start)));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

}  // namespace taxa::cli
