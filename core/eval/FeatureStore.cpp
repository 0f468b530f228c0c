#include "eval/FeatureStore.h"

// Header-only conversions (no lookup table to link).
#define IMATH_HALF_NO_LOOKUP_TABLE
#include <Imath/half.h>

#include <cstring>
#include <fstream>

#include "util/AtomicFile.h"
#include "util/BinaryIo.h"
#include "util/Error.h"
#include "util/RegularFile.h"

namespace taxa {

namespace {

constexpr char kMagic[8] = {'T', 'A', 'X', 'A', 'F', 'E', 'A', 'T'};
constexpr uint32_t kVersion = 2;
constexpr size_t kHeader = sizeof(kMagic) + 4 + 4 + 8 + 8;
constexpr int32_t kMaxDims = 4096;

template <class T>
void append(std::string& out, const T* data, size_t n) {
    appendRaw(out, data, n);
}

template <class T>
void take(std::string_view bytes, size_t& at, T* out, size_t n, const std::string& path) {
    takeRaw(bytes, at, out, n, path, "feature store");
}

}  // namespace

std::string serializeFeatures(const FeatureStore& s) {
    if (s.values.size() != s.count() * size_t(s.dims) || s.splits.size() != s.count())
        throw Error("feature store: " + std::to_string(s.count()) + " rows do not match " +
                    std::to_string(s.values.size()) + " values of " + std::to_string(s.dims));
    std::string out;
    out.reserve(kHeader + s.count() * (9 + 2 * size_t(s.dims)));
    out.append(kMagic, sizeof(kMagic));
    const uint32_t head[2] = {kVersion, static_cast<uint32_t>(s.dims)};
    append(out, head, 2);
    const uint64_t count = s.count();
    append(out, &count, 1);
    append(out, &s.source, 1);
    append(out, s.imageIds.data(), s.imageIds.size());
    append(out, s.splits.data(), s.splits.size());
    append(out, s.values.data(), s.values.size());
    return out;
}

void writeFeatureStore(const FeatureStore& store, const std::string& path) {
    writeFileAtomic(path, serializeFeatures(store));
}

FeatureStore readFeatureStore(const std::string& path) {
    std::vector<uint8_t> bytes;
    readRegularFile(path, bytes);
    return parseFeatureStore(
        std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), path);
}

FeatureStore parseFeatureStore(std::string_view bytes, const std::string& path) {
    size_t at = 0;
    char magic[sizeof(kMagic)] = {};
    take(bytes, at, magic, sizeof(magic), path);
    if (std::memcmp(magic, kMagic, sizeof(kMagic)) != 0)
        throw Error(path + ": not a feature store (taxa-cli features writes them)");
    uint32_t head[2] = {};
    uint64_t count = 0;
    take(bytes, at, head, 2, path);
    take(bytes, at, &count, 1, path);
    if (head[0] != 1 && head[0] != kVersion)
        throw Error(path + ": feature store version " + std::to_string(head[0]) +
                    " (this program reads 1 and " + std::to_string(kVersion) + ")");
    uint64_t source = 0;
    if (head[0] >= 2) take(bytes, at, &source, 1, path);
    if (head[1] == 0 || head[1] > uint32_t(kMaxDims))
        throw Error(path + ": " + std::to_string(head[1]) + " dimensions (1 to " +
                    std::to_string(kMaxDims) + " expected)");
    FeatureStore s;
    s.dims = static_cast<int32_t>(head[1]);
    s.source = source;
    const uint64_t rowBytes = 8 + 1 + 2 * uint64_t(s.dims);
    if (count > (bytes.size() - at) / rowBytes || count * rowBytes != bytes.size() - at)
        throw Error(path + ": " + std::to_string(bytes.size()) + " bytes do not hold " +
                    std::to_string(count) + " rows of " + std::to_string(s.dims) + " features");
    s.imageIds.resize(count);
    s.splits.resize(count);
    s.values.resize(count * size_t(s.dims));
    take(bytes, at, s.imageIds.data(), s.imageIds.size(), path);
    take(bytes, at, s.splits.data(), s.splits.size(), path);
    take(bytes, at, s.values.data(), s.values.size(), path);
    for (uint8_t split : s.splits)
        if (split >= kSplitCount) throw Error(path + ": a row has an unknown split");
    return s;
}

uint64_t readFeatureSource(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[kHeader] = {};
    if (!in.read(head, sizeof head) || std::memcmp(head, kMagic, sizeof(kMagic)) != 0) return 0;
    uint32_t version = 0;
    uint64_t source = 0;
    std::memcpy(&version, head + sizeof(kMagic), 4);
    if (version >= 2) std::memcpy(&source, head + kHeader - 8, 8);
    return source;
}

void halfToFloat(const uint16_t* in, size_t n, float* out) {
    for (size_t i = 0; i < n; ++i)
        out[i] = imath_half_to_float(in[i]);
}

void floatToHalf(const float* in, size_t n, uint16_t* out) {
    for (size_t i = 0; i < n; ++i)
        out[i] = imath_float_to_half(in[i]);
}

}  // namespace taxa
