#include "geo/GeoFile.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>

#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/JsonText.h"

namespace taxa::geo {

namespace {

constexpr std::string_view kMagic = "TAXA-GEO 1\n";

static_assert(sizeof(float) == 4 && sizeof(int32_t) == 4, "GEO values are 4 bytes");

bool littleEndian() {
    const uint16_t one = 1;
    unsigned char first = 0;
    std::memcpy(&first, &one, 1);
    return first == 1;
}

nlohmann::json header(const GeoFile& f) {
    nlohmann::json tensors = nlohmann::json::array();
    for (const auto& t : f.tensors)
        tensors.push_back(
            {{"name", t.name}, {"dtype", t.integer ? "i32" : "f32"}, {"shape", t.shape}});
    nlohmann::json params = nlohmann::json::object();
    for (const auto& [k, v] : f.params)
        params[k] = v;
    return {{"kind", f.kind},
            {"category_ids", f.categoryIds},
            {"params", params},
            {"tensors", tensors}};
}

// Whole numbers of the header. nlohmann's get<int64_t>() converts a double such as 3e84 with
// undefined behaviour (fuzz_geo's finding): only integers written as integers are accepted.
std::vector<int64_t> integers(const nlohmann::json& j, const std::string& label,
                              const std::string& what) {
    if (!j.is_array()) throw Error(label + ": " + what + " is not a list of integers");
    std::vector<int64_t> out;
    out.reserve(j.size());
    for (const auto& x : j) {
        if (!x.is_number_integer() ||
            (x.is_number_unsigned() && x.get<uint64_t>() > uint64_t(INT64_MAX)))
            throw Error(label + ": " + what + " holds " + x.dump() + ", not an integer");
        out.push_back(x.get<int64_t>());
    }
    return out;
}

// The header's word on one tensor, checked but not yet allocated: the bytes present decide
// that (a 1 KB header once declared gigabytes that were allocated before being looked for).
GeoTensor tensorFromHeader(const nlohmann::json& j, const std::string& label) {
    GeoTensor t;
    t.name = j.at("name").get<std::string>();
    t.shape = integers(j.at("shape"), label, "the shape of tensor '" + t.name + "'");
    const std::string dtype = j.at("dtype").get<std::string>();
    if (dtype != "f32" && dtype != "i32")
        throw Error(label + ": tensor '" + t.name + "' has dtype '" + dtype +
                    "' (expected f32 or i32)");
    if (t.shape.size() > 8) throw Error(label + ": tensor '" + t.name + "' has a bad shape");
    int64_t n = 1;
    for (int64_t d : t.shape) {
        if (d < 0 || d > (int64_t(1) << 31))
            throw Error(label + ": tensor '" + t.name + "' has a bad shape");
        n = d == 0 ? 0 : std::min(n * d, (int64_t(1) << 32));  // both factors below 2^32
    }
    if (n > (int64_t(1) << 31)) throw Error(label + ": tensor '" + t.name + "' is too large");
    t.integer = dtype == "i32";
    return t;
}

// Copies one tensor's values out of the file; a weight that is not finite makes every score
// NaN, which sorts as a perfect prediction, so such a file is refused as damaged.
void readValues(GeoTensor& t, const char* data, const std::string& label) {
    const size_t n = static_cast<size_t>(t.elements());
    if (t.integer) {
        t.i.resize(n);
        if (n) std::memcpy(t.i.data(), data, 4 * n);
        return;
    }
    t.f.resize(n);
    if (n) std::memcpy(t.f.data(), data, 4 * n);
    for (size_t k = 0; k < n; ++k)
        if (!std::isfinite(t.f[k]))
            throw Error(label + ": tensor '" + t.name + "' holds a value that is not finite (" +
                        std::to_string(t.f[k]) + " at " + std::to_string(k) +
                        "); the prior is damaged");
}

}  // namespace

int64_t GeoTensor::elements() const {
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

const GeoTensor& GeoFile::tensor(const std::string& name, const std::string& label,
                                 const std::vector<int64_t>& shape) const {
    for (const auto& t : tensors) {
        if (t.name != name) continue;
        if (!shape.empty() && t.shape != shape)
            throw Error(label + ": tensor '" + name + "' has another shape than a " + kind +
                        " prior of these classes needs");
        return t;
    }
    throw Error(label + ": no tensor '" + name + "' (not a complete " + kind + " prior)");
}

double GeoFile::param(const std::string& name, const std::string& label) const {
    const auto it = params.find(name);
    if (it == params.end()) throw Error(label + ": header has no parameter '" + name + "'");
    return it->second;
}

std::string serializeGeoFile(const GeoFile& f) {
    if (!littleEndian()) throw Error("GEO files are written on little-endian machines only");
    std::string out(kMagic);
    out += jsonText(header(f));
    out += '\n';
    for (const auto& t : f.tensors) {
        const size_t bytes = 4 * static_cast<size_t>(t.elements());
        if (bytes != 4 * (t.integer ? t.i.size() : t.f.size()))
            throw Error("GEO tensor '" + t.name + "': values do not match its shape");
        if (bytes == 0) continue;
        const char* data = t.integer ? reinterpret_cast<const char*>(t.i.data())
                                     : reinterpret_cast<const char*>(t.f.data());
        out.append(data, bytes);
    }
    return out;
}

GeoFile parseGeoFile(std::string_view bytes, const std::string& label) {
    if (!littleEndian()) throw Error("GEO files are read on little-endian machines only");
    if (bytes.substr(0, kMagic.size()) != kMagic)
        throw Error(label + ": not a GEO file (it does not start with 'TAXA-GEO 1')");
    const size_t eol = bytes.find('\n', kMagic.size());
    if (eol == std::string_view::npos) throw Error(label + ": GEO header line is not terminated");
    GeoFile f;
    try {
        const auto j = nlohmann::json::parse(bytes.substr(kMagic.size(), eol - kMagic.size()));
        f.kind = j.at("kind").get<std::string>();
        f.categoryIds = integers(j.at("category_ids"), label, "category_ids");
        for (const auto& [k, v] : j.at("params").items())
            f.params[k] = v.get<double>();
        for (const auto& t : j.at("tensors"))
            f.tensors.push_back(tensorFromHeader(t, label));
    } catch (const nlohmann::json::exception& e) {
        throw Error(label + ": bad GEO header: " + e.what());
    }
    if (f.kind != "grid" && f.kind != "network")
        throw Error(label + ": unknown prior kind '" + f.kind + "' (expected grid or network)");
    size_t at = eol + 1;
    for (auto& t : f.tensors) {
        const size_t n = 4 * static_cast<size_t>(t.elements());
        if (bytes.size() - at < n)
            throw Error(label + ": truncated: tensor '" + t.name + "' needs " + std::to_string(n) +
                        " bytes, " + std::to_string(bytes.size() - at) + " are left");
        readValues(t, bytes.data() + at, label);
        at += n;
    }
    if (at != bytes.size())
        throw Error(label + ": " + std::to_string(bytes.size() - at) +
                    " bytes after the last tensor (damaged or not a GEO file)");
    return f;
}

GeoFile readGeoFile(const std::string& path) {
    return parseGeoFile(readFile(path), path);
}

void writeGeoFile(const std::string& path, const GeoFile& f) {
    writeFileAtomic(path, serializeGeoFile(f));
}

void requireSameClasses(const GeoFile& f, const std::vector<int64_t>& categoryIds,
                        const std::string& label, const std::string& datasetName) {
    if (f.categoryIds == categoryIds) return;
    if (f.categoryIds.size() != categoryIds.size())
        throw Error(label + ": a prior for another dataset (" +
                    std::to_string(f.categoryIds.size()) + " classes; " + datasetName + " has " +
                    std::to_string(categoryIds.size()) + ")");
    size_t i = 0;
    while (f.categoryIds[i] == categoryIds[i])
        ++i;
    throw Error(label + ": a prior for another dataset (class " + std::to_string(i) +
                " is category " + std::to_string(f.categoryIds[i]) + " there, " +
                std::to_string(categoryIds[i]) + " in " + datasetName + ")");
}

}  // namespace taxa::geo
