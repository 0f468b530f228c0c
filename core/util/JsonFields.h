#pragma once
// Internal to the config readers (run and model configs): typed, range-checked reads of
// optional fields of an nlohmann::json object, and parsing, whose failures are one-line
// taxa::Error messages naming the file and the field. nlohmann's own get<int>() of 1e30 is
// undefined behaviour, and its messages name neither file nor field.

#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <type_traits>

#include "util/Error.h"
#include "util/Printable.h"

namespace taxa::jsonfields {

using json = nlohmann::json;

inline const char* typeName(const json& v) {
    switch (v.type()) {
        case json::value_t::object:
            return "an object";
        case json::value_t::array:
            return "a list";
        case json::value_t::string:
            return "a string";
        case json::value_t::boolean:
            return "a boolean";
        case json::value_t::null:
            return "null";
        case json::value_t::number_float:
            return "a fraction";
        default:
            return "an integer";
    }
}

[[noreturn]] inline void fail(const std::string& label, const std::string& field,
                              const std::string& what) {
    throw Error(label + ": field '" + field + "': " + what);
}

/// Parses @p text as one JSON object; refuses malformed JSON and any other top-level value.
inline json parseObject(const std::string& text, const std::string& label) {
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception& e) {  // parse_error, or out_of_range for 1e400
        // what() is "[json.exception.parse_error.101] parse error at line 1, column 2: ...";
        // the last read bytes it quotes come from the file and may hold control bytes.
        std::string why = e.what();
        const auto tag = why.find("] ");
        if (tag != std::string::npos) why.erase(0, tag + 2);
        throw Error(label + ": not valid JSON: " + printable(why, 200));
    }
    if (!j.is_object()) throw Error(label + ": expected a JSON object, got " + typeName(j));
    return j;
}

template <class T>
T integerOf(const json& v, const std::string& label, const std::string& field) {
    using Lim = std::numeric_limits<T>;
    const std::string range =
        "out of range (" + std::to_string(Lim::min()) + ".." + std::to_string(Lim::max()) + ")";
    if (v.is_number_unsigned()) {
        const auto x = v.get<uint64_t>();
        if (x > static_cast<uint64_t>(Lim::max())) fail(label, field, range);
        return static_cast<T>(x);
    }
    if (v.is_number_integer()) {
        const auto x = v.get<int64_t>();
        if (x < 0 && !Lim::is_signed) fail(label, field, range);
        if (Lim::is_signed &&
            (x < static_cast<int64_t>(Lim::min()) || x > static_cast<int64_t>(Lim::max())))
            fail(label, field, range);
        return static_cast<T>(x);
    }
    if (v.is_number_float()) {
        // 1e3 is an integer written as a fraction; compare in long double, which holds every
        // int64 and uint64 bound exactly, before converting.
        const long double x = v.get<double>();
        if (x != std::floor(x)) fail(label, field, "expected an integer, got " + v.dump());
        if (!(x >= static_cast<long double>(Lim::min()) &&
              x <= static_cast<long double>(Lim::max())))
            fail(label, field, range);
        return static_cast<T>(x);
    }
    fail(label, field, std::string("expected an integer, got ") + typeName(v));
}

/// Reads @p key of @p obj into @p out if present, checking its type and range.
template <class T>
void read(const json& obj, const char* key, T& out, const std::string& label,
          const std::string& prefix = {}) {
    const auto it = obj.find(key);
    if (it == obj.end()) return;
    const std::string field = prefix + key;
    if constexpr (std::is_same_v<T, bool>) {
        if (!it->is_boolean())
            fail(label, field, std::string("expected true or false, got ") + typeName(*it));
        out = it->template get<bool>();
    } else if constexpr (std::is_integral_v<T>) {
        out = integerOf<T>(*it, label, field);
    } else if constexpr (std::is_floating_point_v<T>) {
        if (!it->is_number())
            fail(label, field, std::string("expected a number, got ") + typeName(*it));
        const double x = it->template get<double>();
        if (!std::isfinite(x) || std::fabs(x) > static_cast<double>(std::numeric_limits<T>::max()))
            fail(label, field, "out of range");
        out = static_cast<T>(x);
    } else {
        if (!it->is_string())
            fail(label, field, std::string("expected a string, got ") + typeName(*it));
        out = it->template get<std::string>();
    }
}

}  // namespace taxa::jsonfields
