#pragma once
// Internal to the annotation readers: typed access to simdjson on-demand values whose failures
// become one-line taxa::Error messages naming the file, the entry and the field.

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace taxa::detail {

namespace od = simdjson::ondemand;

/// Where in a file a value sits, for messages: "train2018.json: images[12] (id 345)".
struct Where {
    const std::string* file;
    const char* list = nullptr;  ///< Top-level list name, or nullptr for the document.
    int64_t index = -1;
    int64_t id = -1;
    std::string_view text = {};  ///< The whole document, to tell trailing content from truncation.
    std::string str() const;
};

[[noreturn]] void fail(const Where& w, const std::string& what);
[[noreturn]] void failJson(const Where& w, simdjson::error_code e, const char* field = nullptr);

/// Name of a JSON value's type for "expected X, got Y" messages.
const char* typeName(od::value& v);

int64_t getInt(od::value v, const Where& w, const char* field);
double getDouble(od::value v, const Where& w, const char* field);
/// A string, unescaped; @p allowNull maps null to "". The view is valid until the next value is
/// read: it points into the input when the string has no escapes, else into the parser.
std::string_view getString(od::value v, const Where& w, const char* field, bool allowNull);
/// A number, or NaN for null.
double getDoubleOrNull(od::value v, const Where& w, const char* field);

}  // namespace taxa::detail
