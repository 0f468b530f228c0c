#include "dataset/detail/JsonRead.h"

#include <cmath>

#include "dataset/detail/JsonDocument.h"
#include "util/Error.h"

namespace taxa::detail {

std::string Where::str() const {
    std::string s = *file;
    if (list) {
        s += ": ";
        s += list;
        if (index >= 0) s += "[" + std::to_string(index) + "]";
        if (id >= 0) s += " (id " + std::to_string(id) + ")";
    }
    return s;
}

void fail(const Where& w, const std::string& what) {
    throw Error(w.str() + ": " + what);
}

static std::string describe(simdjson::error_code e) {
    using simdjson::error_code;
    switch (e) {
        case error_code::EMPTY:
            return "file is empty";
        case error_code::UTF8_ERROR:
            return "invalid UTF-8";
        case error_code::UNCLOSED_STRING:
            return "malformed JSON: unclosed string (truncated?)";
        case error_code::INCOMPLETE_ARRAY_OR_OBJECT:
            return "malformed JSON: unclosed array or object (truncated?)";
        case error_code::TAPE_ERROR:
            return "malformed JSON";
        case error_code::NUMBER_OUT_OF_RANGE:
            return "number out of range";
        case error_code::NUMBER_ERROR:
            return "malformed number";
        case error_code::STRING_ERROR:
            return "malformed string escape";
        case error_code::T_ATOM_ERROR:
        case error_code::F_ATOM_ERROR:
        case error_code::N_ATOM_ERROR:
            return "malformed JSON literal";
        case error_code::DEPTH_ERROR:
            return "JSON nested too deeply";
        case error_code::CAPACITY:
            return "file too large to parse";
        case error_code::TRAILING_CONTENT:
            return "malformed JSON: content after the document";
        default:
            return std::string("malformed JSON (") + simdjson::error_message(e) + ")";
    }
}

using simdjson::error_code;

void failJson(const Where& w, simdjson::error_code e, const char* field) {
    // simdjson reports content after the top-level value as an unclosed list or a tape error
    // as often as by name; the bytes themselves tell which it is.
    if (e == error_code::INCOMPLETE_ARRAY_OR_OBJECT || e == error_code::TAPE_ERROR ||
        e == error_code::TRAILING_CONTENT) {
        const size_t at = trailingContentAt(w.text);
        if (at != std::string_view::npos)
            throw Error(*w.file + ": trailing content after the JSON document at byte " +
                        std::to_string(at + 1));
    }
    std::string what = describe(e);
    if (field) what = std::string("field '") + field + "': " + what;
    fail(w, what);
}

const char* typeName(od::value& v) {
    od::json_type t;
    if (v.type().get(t)) return "malformed value";
    switch (t) {
        case od::json_type::array:
            return "an array";
        case od::json_type::object:
            return "an object";
        case od::json_type::number:
            return "a number";
        case od::json_type::string:
            return "a string";
        case od::json_type::boolean:
            return "a boolean";
        case od::json_type::null:
            return "null";
    }
    return "unknown";
}

static void typeFail(od::value& v, const Where& w, const char* field, const char* expected) {
    fail(w, std::string("field '") + field + "': expected " + expected + ", got " + typeName(v));
}

int64_t getInt(od::value v, const Where& w, const char* field) {
    int64_t x = 0;
    const auto e = v.get_int64().get(x);
    if (e == simdjson::INCORRECT_TYPE) {
        // A number that is not an int64 is either written as a fraction or too large.
        od::json_type t;
        if (!v.type().get(t) && t == od::json_type::number) {
            const std::string_view raw = v.raw_json_token();
            if (raw.find_first_of(".eE") == std::string_view::npos)
                fail(w, std::string("field '") + field + "': number out of range");
            fail(w, std::string("field '") + field + "': expected an integer, got " +
                        std::string(raw.substr(0, raw.find_last_not_of(" \t\r\n") + 1)));
        }
        typeFail(v, w, field, "an integer");
    }
    if (e) failJson(w, e, field);
    return x;
}

double getDouble(od::value v, const Where& w, const char* field) {
    double x = 0;
    const auto e = v.get_double().get(x);
    if (e == simdjson::INCORRECT_TYPE) typeFail(v, w, field, "a number");
    if (e) failJson(w, e, field);
    return x;
}

double getDoubleOrNull(od::value v, const Where& w, const char* field) {
    bool null = false;
    if (!v.is_null().get(null) && null) return NAN;
    return getDouble(v, w, field);
}

std::string_view getString(od::value v, const Where& w, const char* field, bool allowNull) {
    // Fast path: a string without escapes is used in place, sparing the copy into simdjson's
    // string buffer (stage 1 has already validated its UTF-8).
    std::string_view raw = v.raw_json_token();
    if (!raw.empty() && raw.front() == '"') {
        while (raw.size() > 1 && raw.back() != '"')
            raw.remove_suffix(1);
        if (raw.size() >= 2 && raw.back() == '"') {
            raw = raw.substr(1, raw.size() - 2);
            if (raw.find('\\') == std::string_view::npos) return raw;
        }
    }
    std::string_view s;
    const auto e = v.get_string().get(s);
    if (e == simdjson::INCORRECT_TYPE) {
        bool null = false;
        if (allowNull && !v.is_null().get(null) && null) return {};
        typeFail(v, w, field, "a string");
    }
    if (e) failJson(w, e, field);
    return s;
}

}  // namespace taxa::detail
