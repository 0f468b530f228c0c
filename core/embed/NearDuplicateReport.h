#pragma once
/// @file NearDuplicateReport.h
/// @brief Near-duplicates by features as `stats` reports them: a split-check finding beside
/// the exact-hash `duplicate-files` one, and the pairs with their similarity.

#include <string>
#include <vector>

#include "dataset/Dataset.h"
#include "dataset/SplitChecks.h"
#include "embed/NearDuplicates.h"
#include "eval/FeatureStore.h"

namespace taxa::embed {

/// @brief The pairs with the dataset's images: @p images from storeImages().
struct NearDuplicateReport {
    std::string features;  ///< The store's path.
    double threshold = kNearDuplicateCosine;
    std::vector<NearDuplicate> pairs;
    std::vector<int32_t> images;  ///< Dataset image index of each store row.
};

/// @brief The `near-duplicates` finding (its image ids pair by pair), or none without pairs.
std::vector<Finding> nearDuplicateFindings(const NearDuplicateReport& r, const Dataset& ds);

/// @brief The JSON value of `near_duplicates` in `stats --json` (docs/CLI.md), as text.
std::string nearDuplicatesJson(const NearDuplicateReport& r, const Dataset& ds);

/// @brief Up to @p maxPairs pairs as lines for the text report.
std::string nearDuplicatesText(const NearDuplicateReport& r, const Dataset& ds,
                               size_t maxPairs = 20);

}  // namespace taxa::embed
