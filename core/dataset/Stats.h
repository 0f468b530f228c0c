#pragma once
/// @file Stats.h
/// @brief The numbers `taxa-cli stats` prints: per-supercategory table, totals, the long tail
/// and the split-check findings, as a struct, as JSON and as a readable table.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "dataset/Dataset.h"
#include "dataset/SplitChecks.h"
#include "dataset/Taxonomy.h"

namespace taxa {

/// @brief One row of the per-supercategory table.
struct SupercategoryRow {
    std::string name;
    int64_t classes = 0;
    int64_t train = 0;
    int64_t val = 0;
};

/// @brief Species whose train count lies in [lo, hi).
struct BucketRow {
    int64_t lo = 0;
    int64_t hi = 0;
    int64_t species = 0;
};

/// @brief Everything `stats` reports.
struct DatasetStats {
    std::string root;
    std::string layout;         ///< layoutName(): "2018", "folders", "cub", ...
    std::string layoutTitle;    ///< layoutTitle(): "iNaturalist 2018", "Folders of classes", ...
    std::string metric;         ///< The dataset's metric: "top-3 error" (2018), "top-1 error"...
    DerivedSplit derivedSplit;  ///< How val was drawn, when the files give none.
    std::vector<SupercategoryRow> supercategories;  ///< Most classes first.
    SupercategoryRow totals;                        ///< name "total".
    int64_t testImages = 0;
    std::array<int32_t, kRankCount> rankCounts{};   ///< Nodes per rank.
    std::array<std::string, kRankCount> rankNames;  ///< The dataset's names of the ranks.
    bool defaultRankNames = true;                   ///< The iNaturalist ranks (kingdom .. species).
    int64_t minTrain = 0;
    double medianTrain = 0;
    int64_t maxTrain = 0;
    std::vector<BucketRow> buckets;
    int64_t outsideBuckets = 0;  ///< Species in no bucket.
    SplitCheckReport checks;
};

/// @brief Computes the statistics; @p edges as in Buckets.h.
DatasetStats computeStats(const Dataset& ds, const Taxonomy& tax, SplitCheckReport checks,
                          const std::vector<int64_t>& edges);

/// @brief One JSON document (schema in docs/CLI.md); ids of findings are capped at
/// @p maxExamples each.
std::string statsToJson(const DatasetStats& s, const Dataset& ds, size_t maxExamples = 20);

/// @brief A readable report with aligned tables and thousands separators.
std::string statsToText(const DatasetStats& s);

/// @brief 437513 -> "437,513".
std::string withThousands(int64_t n);

}  // namespace taxa
