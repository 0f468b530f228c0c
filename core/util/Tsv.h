#pragma once
/// @file Tsv.h
/// @brief One field of a tab-separated file, escaped so that any bytes fit in it: a file name
/// may hold a tab or a newline, which would otherwise split one row into several. Backslash,
/// tab, newline and carriage return become \\, \t, \n and \r (as PostgreSQL's COPY text does).

#include <string>
#include <string_view>

namespace taxa {

inline std::string escapeTsvField(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                out += c;
        }
    }
    return out;
}

/// @brief The inverse of escapeTsvField; an unknown escape keeps its character.
inline std::string unescapeTsvField(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        const char c = s[++i];
        out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
    }
    return out;
}

}  // namespace taxa
