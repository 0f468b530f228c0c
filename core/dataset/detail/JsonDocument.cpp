#include "dataset/detail/JsonDocument.h"

#include <algorithm>

namespace taxa::detail {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

size_t bomLength(std::string_view text) {
    return text.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
}

// Parses `size` bytes at `data`, which are followed by at least SIMDJSON_PADDING readable bytes.
void start(Document& d, const char* data, size_t size, size_t capacity, Where& top) {
    d.text = std::string_view(data, size);
    top.text = d.text;
    // Editors on Windows write a byte order mark; JSON forbids it, but it carries no meaning.
    const size_t skip = bomLength(d.text);
    const simdjson::padded_string_view view(data + skip, size - skip, capacity - skip);
    if (const auto e = d.parser.iterate(view).get(d.doc)) failJson(top, e);
}

const char* scalarName(od::json_type t) {
    switch (t) {
        case od::json_type::number:
            return "a number";
        case od::json_type::string:
            return "a string";
        case od::json_type::null:
            return "null";
        default:
            return "a boolean";
    }
}

}  // namespace

void openFile(Document& d, const std::string& path, Where& top) {
    d.file = std::make_unique<MappedFile>(path, *top.file, simdjson::SIMDJSON_PADDING);
    start(d, d.file->data(), d.file->size(), d.file->capacity(), top);
}

void openText(Document& d, std::string_view json, Where& top) {
    d.copy = simdjson::padded_string(json);
    start(d, d.copy.data(), d.copy.size(), d.copy.size() + simdjson::SIMDJSON_PADDING, top);
}

od::value rootValue(Document& d, const Where& w, const char* expected) {
    od::json_type t;
    if (const auto e = d.doc.type().get(t)) failJson(w, e);
    if (t != od::json_type::array && t != od::json_type::object)
        fail(w, std::string("expected ") + expected + ", got " + scalarName(t));
    od::value v;
    if (const auto e = d.doc.get_value().get(v)) failJson(w, e);
    return v;
}

od::object rootObject(Document& d, const Where& w) {
    od::object root;
    const auto e = d.doc.get_object().get(root);
    if (e == simdjson::INCORRECT_TYPE) fail(w, "expected a JSON object at the top level");
    if (e) failJson(w, e);
    return root;
}

void releaseParsed(Document& d, const char* otherReader) {
    const char* at = nullptr;
    if (!d.file || d.doc.current_location().get(at)) return;
    d.file->releaseBefore(otherReader ? std::min(at, otherReader) : at);
}

void checkEnd(Document& d, const Where& w) {
    // simdjson 3.0 has no document::at_end(); a location that is not OUT_OF_BOUNDS means more
    // tokens follow the top-level value.
    const char* loc = nullptr;
    if (d.doc.current_location().get(loc) != simdjson::OUT_OF_BOUNDS)
        failJson(w, simdjson::TRAILING_CONTENT);
}

size_t trailingContentAt(std::string_view t) {
    size_t i = bomLength(t);
    while (i < t.size() && blank(t[i]))
        ++i;
    if (i == t.size() || (t[i] != '{' && t[i] != '[')) return std::string_view::npos;
    // Closers expected, innermost last; a mismatch means malformed, not trailing, content.
    std::string open;
    bool inString = false;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            open.push_back(c == '{' ? '}' : ']');
        } else if (c == '}' || c == ']') {
            if (open.back() != c) return std::string_view::npos;
            open.pop_back();
            if (open.empty()) break;
        }
    }
    if (!open.empty()) return std::string_view::npos;
    for (++i; i < t.size() && blank(t[i]);)
        ++i;
    return i < t.size() ? i : std::string_view::npos;
}

}  // namespace taxa::detail
