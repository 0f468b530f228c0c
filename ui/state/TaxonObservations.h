#pragma once
/// @file TaxonObservations.h
/// @brief Where and when a taxon's photos were taken: their places per split, ready for the
/// map, and their months, for the histogram beside it.

#include <array>
#include <cstdint>
#include <vector>

#include "state/LoadedDataset.h"

/// @brief The located photos of a set of classes, per labelled split.
struct TaxonObservations {
    static constexpr int kTrain = 0, kVal = 1;
    std::array<std::vector<float>, 2> lon, lat;       ///< Degrees, per split.
    std::array<std::array<int64_t, 12>, 2> months{};  ///< Photos per month, per split.
    std::array<int64_t, 2> images{};                  ///< All photos, per split.
    std::array<int64_t, 2> unlocated{};               ///< Without a usable place.
    std::array<int64_t, 2> undated{};                 ///< Located, but without a date.
};

/// @brief Class indices of the species at or below taxonomy node @p node.
std::vector<int32_t> classesUnder(const taxa::Taxonomy& tax, int32_t node);
/// @brief Class indices of supercategory @p index (into Taxonomy::supercategories()).
std::vector<int32_t> classesOfSupercategory(const taxa::Taxonomy& tax, int index);

/// @brief Gathers the train and val photos of @p classes.
TaxonObservations observationsOf(const LoadedDataset& data, const std::vector<int32_t>& classes);
