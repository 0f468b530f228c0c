#pragma once
/// @file NearestNeighbours.h
/// @brief Look-alikes: the rows of a feature store most similar (cosine) to a query vector,
/// by brute force over the half-precision rows with float accumulation (AVX2 + F16C where the
/// CPU has them). About 112 million products for 437k rows of 256: tens of milliseconds.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "eval/FeatureStore.h"

namespace taxa {

/// @brief A row of the store and its cosine similarity to the query.
struct Neighbour {
    uint32_t row = 0;
    float similarity = 0;
};

/// @brief The @p k rows most similar to @p query (store.dims floats), best first (ties: lower
/// row first); among @p rows only when given. Rows of zero length have similarity 0.
std::vector<Neighbour> nearest(const FeatureStore& store, const float* query, size_t k,
                               const std::vector<uint32_t>* rows = nullptr);

/// @brief Row @p row of the store as floats.
std::vector<float> featureRow(const FeatureStore& store, size_t row);

}  // namespace taxa
