#pragma once
/// @file PcaStart.h
/// @brief The layout's starting positions: the first two principal components of the
/// vectors, rescaled to [0, 10] per axis as umap-learn rescales its start (init="pca"), with a
/// little seeded noise so that identical vectors do not start on one spot.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace taxa::embed {

/// @brief n x 2 starting positions of @p n vectors of @p dims floats.
std::vector<float> pcaStart(const float* vectors, size_t n, int dims, uint64_t seed);

}  // namespace taxa::embed
