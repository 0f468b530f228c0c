#pragma once
/// @file JsonText.h
/// @brief JSON text of a document that may hold names read from disk: class folders, file
/// names and paths need not be UTF-8, and nlohmann's dump() throws on such bytes (type_error
/// 316, once the end of `stats --json`). They are written as U+FFFD instead.

#include <nlohmann/json.hpp>
#include <string>

namespace taxa {

inline std::string jsonText(const nlohmann::json& j, int indent = -1) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace taxa
