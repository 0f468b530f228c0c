#pragma once
/// @file JsonOut.h
/// @brief Minimal streaming JSON output for files too large to build as a document in memory.

#include <cstdint>
#include <string>
#include <string_view>

namespace taxa {

/// @brief Appends @p s as a quoted JSON string with the required escapes.
inline void appendJsonString(std::string& out, std::string_view s) {
    static const char* hex = "0123456789abcdef";
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    out += ch;
                }
        }
    }
    out += '"';
}

/// @brief Appends `"key": ` in the style of Python's json.dumps.
inline void appendKey(std::string& out, std::string_view key) {
    appendJsonString(out, key);
    out += ": ";
}

}  // namespace taxa
