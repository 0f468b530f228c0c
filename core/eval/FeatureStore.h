#pragma once
/// @file FeatureStore.h
/// @brief Penultimate features of a dataset's images (what the classifier's last layer reads),
/// reduced to at most 256 dimensions and kept in half precision: 437k images take about
/// 224 MB. Written beside a run's predictions as RUN/predictions/features.bin; the look-alike
/// search (NearestNeighbours.h) reads it.
///
/// File layout (little-endian): "TAXAFEAT", uint32 version (2), uint32 dims, uint64 count,
/// uint64 source (the checkpoint's archiveFingerprint; absent in version 1), int64 image
/// ids[count], uint8 splits[count] (Split), then count x dims IEEE half floats, row by row.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dataset/Dataset.h"
#include "util/Progress.h"

namespace taxa {

/// @brief One feature vector per image.
struct FeatureStore {
    int32_t dims = 0;
    std::vector<int64_t> imageIds;  ///< Dataset image ids, row by row.
    std::vector<uint8_t> splits;    ///< Split of each row, as the Split enum's value.
    std::vector<uint16_t> values;   ///< count() x dims half floats (bits), row-major.
    /// The archiveFingerprint of the checkpoint they came from; 0 when unknown (version 1).
    uint64_t source = 0;

    size_t count() const { return imageIds.size(); }
    const uint16_t* row(size_t i) const { return values.data() + i * size_t(dims); }
};

/// @brief How to compute a store (engine side, see engine::Api::features).
struct FeatureOptions {
    std::string checkpoint;
    std::vector<Split> splits{Split::Train, Split::Val};
    int dims = 256;        ///< At most this many; wider features get a fixed random projection.
    uint64_t seed = 2018;  ///< Of the projection, so that stores of one model compare.
    int batchImages = 32;
    int threads = 0;  ///< Decoding and LibTorch threads; 0 = cores.
    std::string device = "auto";
};

/// @brief The file's bytes.
std::string serializeFeatures(const FeatureStore& store);
/// @brief Writes @p store to @p path atomically. Throws taxa::Error.
void writeFeatureStore(const FeatureStore& store, const std::string& path);
/// @brief Reads a store. Throws taxa::Error with one line naming @p path for a missing,
/// truncated or foreign file.
FeatureStore readFeatureStore(const std::string& path);
/// @brief The store in @p bytes; errors name @p path. Counts are checked against the bytes
/// present before anything is allocated.
FeatureStore parseFeatureStore(std::string_view bytes, const std::string& path);
/// @brief The source fingerprint in a store's header alone (0 for a version-1 store, a
/// missing or foreign file): whether a store belongs to a checkpoint, without reading it.
uint64_t readFeatureSource(const std::string& path);

/// @brief IEEE half <-> float for whole arrays.
void halfToFloat(const uint16_t* in, size_t n, float* out);
void floatToHalf(const float* in, size_t n, uint16_t* out);

}  // namespace taxa
