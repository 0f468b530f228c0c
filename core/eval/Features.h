#pragma once
/// @file Features.h
/// @brief The engine's side of FeatureStore.h: penultimate features of a dataset's images
/// through a checkpoint, seen as prediction sees them (the centre view).

#include "dataset/Dataset.h"
#include "eval/FeatureStore.h"
#include "util/Progress.h"

namespace taxa {

/// @brief Features of every image of @p options.splits: pooled, projected to at most
/// options.dims dimensions by a fixed random +-1 matrix (seeded; pairwise angles are kept
/// approximately), scaled to unit length, half precision. Undecodable images get no row.
/// Throws taxa::Error for a bad checkpoint, Cancelled if @p progress says so.
FeatureStore computeFeatures(const Dataset& ds, const FeatureOptions& options,
                             const ProgressFn& progress = {});

}  // namespace taxa
