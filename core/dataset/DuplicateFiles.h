#pragma once
/// @file DuplicateFiles.h
/// @brief Images whose files have the same content but lie in different splits: a photo in
/// both train and val makes val measure memory, not recognition. Only files whose sizes
/// collide across splits are read and hashed, so a tree of photos costs about one stat each.

#include <cstdint>
#include <vector>

#include "dataset/Dataset.h"
#include "util/Progress.h"

namespace taxa {

/// @brief Groups of image indices (into Dataset::images) with identical file content (size and
/// 128-bit XXH3 hash) spanning at least two splits; each group in dataset order, groups by
/// their first image. Files that cannot be read are skipped (the files check reports them).
/// Throws Cancelled if @p progress returns false.
std::vector<std::vector<int32_t>> crossSplitDuplicates(const Dataset& ds,
                                                       const ProgressFn& progress = {});

}  // namespace taxa
