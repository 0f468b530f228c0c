#pragma once
/// @file PairRanges.h
/// @brief Two confused species on one map: where each was photographed for training, and where
/// each val photo taken for the other was taken (does the mistake lie where both live?).

#include <memory>
#include <vector>

#include "state/LoadedDataset.h"
#include "views/maps/MapRenderer.h"

/// @brief Layers: training photos of @p a and of @p b (dots), then the val photos of @p a taken
/// for @p b (crosses in a's colour) and those of @p b taken for @p a.
std::shared_ptr<const MapScene> pairRanges(const LoadedDataset& data, int32_t a, int32_t b,
                                           const std::vector<int32_t>& aTakenForB,
                                           const std::vector<int32_t>& bTakenForA);
