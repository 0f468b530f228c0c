#pragma once
/// @file NearDuplicates.h
/// @brief Images of different splits whose stored features are nearly the same: a resized,
/// re-encoded or lightly cropped copy of a training photo in val has other bytes (the exact
/// hash check misses it) but the model sees the same thing. Each image of the smaller splits
/// is looked up among all images (CosineIndex), and pairs at or above a cosine threshold that
/// span two splits are kept.

#include <cstdint>
#include <vector>

#include "eval/FeatureStore.h"
#include "util/Progress.h"

namespace taxa::embed {

/// @brief Default threshold. Copies of one photo (resized to half, re-encoded at JPEG quality
/// 60, 8% cropped) score 0.99 and above through the quick-cpu model on the demo; two distinct
/// photos of one species at most about 0.9 (docs/CLI.md, stats --near-duplicates).
constexpr double kNearDuplicateCosine = 0.95;

/// @brief Two rows of a store in different splits, the first in the earlier split.
struct NearDuplicate {
    uint32_t rowA = 0, rowB = 0;
    float similarity = 0;
};

struct NearDuplicateOptions {
    double threshold = kNearDuplicateCosine;
    size_t candidates = 10;  ///< Neighbours looked at per image.
    int threads = 0;         ///< 0: the cores.
    uint64_t seed = 0;       ///< Of the search graph.
};

/// @brief Cross-split pairs of @p store at or above the threshold, most similar first (ties:
/// lower rows first), each pair once. Throws Cancelled when @p progress asks to stop.
std::vector<NearDuplicate> nearDuplicates(const FeatureStore& store,
                                          const NearDuplicateOptions& options = {},
                                          const ProgressFn& progress = {});

}  // namespace taxa::embed
