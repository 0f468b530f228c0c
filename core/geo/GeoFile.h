#pragma once
/// @file GeoFile.h
/// @brief The GEO file: a geographic prior of either kind (grid or network) for one dataset's
/// classes. Layout (all numbers little-endian):
///
///     TAXA-GEO 1\n
///     {"kind": "grid"|"network", "category_ids": [...], "params": {...},
///      "tensors": [{"name": ..., "dtype": "f32"|"i32", "shape": [...]}, ...]}\n
///     the tensors' values back to back, in the header's order, 4 bytes each
///
/// The header line is JSON, so `head -2 prior.geo` shows what a file holds. The category ids
/// are the dataset's, in class order: a prior made for other classes is refused by name.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace taxa::geo {

/// @brief One named array of 32-bit values (floats or integers).
struct GeoTensor {
    std::string name;
    std::vector<int64_t> shape;
    bool integer = false;    ///< "i32" (values in i) rather than "f32" (values in f).
    std::vector<float> f;    ///< Values of an "f32" tensor.
    std::vector<int32_t> i;  ///< Values of an "i32" tensor.
    int64_t elements() const;
};

/// @brief The contents of a GEO file.
struct GeoFile {
    std::string kind;                      ///< "grid" or "network".
    std::vector<int64_t> categoryIds;      ///< The dataset's category ids, in class order.
    std::map<std::string, double> params;  ///< Kind-specific numbers (cell size, layer width...).
    std::vector<GeoTensor> tensors;

    /// @brief The tensor named @p name; throws taxa::Error naming @p label when absent or not
    /// of @p shape (an empty shape matches any).
    const GeoTensor& tensor(const std::string& name, const std::string& label,
                            const std::vector<int64_t>& shape = {}) const;
    /// @brief A parameter; throws taxa::Error naming @p label when absent.
    double param(const std::string& name, const std::string& label) const;
};

/// @brief The file's bytes.
std::string serializeGeoFile(const GeoFile& f);
/// @brief Parses a GEO file; @p label names it in errors (one line each: wrong magic, bad
/// header, truncated payload...). Throws taxa::Error.
GeoFile parseGeoFile(std::string_view bytes, const std::string& label);
/// @brief Reads and parses @p path. Throws taxa::Error.
GeoFile readGeoFile(const std::string& path);
/// @brief Writes @p f atomically. Throws taxa::Error.
void writeGeoFile(const std::string& path, const GeoFile& f);

/// @brief Throws taxa::Error unless @p f was made for exactly @p categoryIds (same classes in
/// the same order), saying how they differ.
void requireSameClasses(const GeoFile& f, const std::vector<int64_t>& categoryIds,
                        const std::string& label, const std::string& datasetName);

}  // namespace taxa::geo
