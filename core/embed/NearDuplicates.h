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

/// @brief Default threshold. Re-encoded copies of a demo photo score 0.98 and above through
/// both a trained and an untrained model; how far apart distinct photos of one species lie
/// depends on the model and the photos (docs/BENCHMARKS.md, issue 22), so it is an option.
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
