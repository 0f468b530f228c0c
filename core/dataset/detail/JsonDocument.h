#pragma once
// Internal to the annotation readers: one JSON document being read, from a mapped file or from
// memory, with the checks every file gets: a UTF-8 byte order mark is skipped, the top level
// must be a list or an object, and nothing but blanks may follow it.

#include <simdjson.h>

#include <memory>
#include <string>
#include <string_view>

#include "dataset/detail/JsonRead.h"
#include "util/MappedFile.h"

namespace taxa::detail {

struct Document {
    std::unique_ptr<MappedFile> file;  ///< The input when read from a file.
    simdjson::padded_string copy;      ///< The input when given in memory.
    std::string_view text;             ///< The whole input, a byte order mark included.
    od::parser parser;
    od::document doc;
};

/// Maps @p path and starts parsing it; sets @p top.text for messages about trailing content.
void openFile(Document& d, const std::string& path, Where& top);
/// Starts parsing a copy of @p json; sets @p top.text.
void openText(Document& d, std::string_view json, Where& top);

/// The top-level value of a list-or-object file; a scalar document is refused by name.
od::value rootValue(Document& d, const Where& w, const char* expected);
/// The top-level object; anything else is refused by name.
od::object rootObject(Document& d, const Where& w);
/// Gives back the memory of the part of a mapped file the parser has passed, and that another
/// reader of the file is past too (@p otherReader; nullptr when there is none); cheap enough
/// to call every few thousand list entries.
void releaseParsed(Document& d, const char* otherReader = nullptr);
/// Refuses content after the top-level value.
void checkEnd(Document& d, const Where& w);

/// Byte offset of the first non-blank byte after the top-level list or object of @p text (a
/// byte order mark skipped), or npos if there is none or the value is not closed.
size_t trailingContentAt(std::string_view text);

}  // namespace taxa::detail
