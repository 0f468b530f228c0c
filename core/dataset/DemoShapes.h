#pragma once
/// @file DemoShapes.h
/// @brief The published shapes of the 2019 and 2021 competitions, for full-scale metadata sets
/// (github.com/visipedia/inat_comp: 2019/README.md, 2021/README.md).

#include <array>
#include <cstdint>
#include <vector>

#include "dataset/DemoPlan.h"

namespace taxa {

/// @brief 2019: 1,010 species in 72 genera (each at least 10 species), 265,213 train and 3,030
/// val images (3 per species; 268,243 together, as published).
constexpr int64_t kPublished2019Species = 1010;
constexpr int64_t kPublished2019Genera = 72;
constexpr int64_t kPublished2019Train = 265213;
constexpr int64_t kPublished2019Val = 3030;

/// @brief 2021: the 11 supercategories with species, train and val counts (val is 10 per
/// species, train_mini 50 per species); 10,000 species, 2,686,843 train, 100,000 val.
const std::array<PublishedRow, 11>& published2021();
/// @brief Published 2021 totals besides the table: test images and train_mini per species.
constexpr int64_t kPublished2021Test = 500000;
constexpr int64_t kPublished2021MiniPerSpecies = 50;

/// @brief The 2019 shape. Its README gives no per-supercategory table, so the 72 genera are
/// spread over the 2018 supercategories in proportion to their 2018 class counts, 14 or 15
/// species each; train counts Zipf-like within [2, 1000]; no test split (no count published).
std::vector<PlannedSpecies> planFullScale2019(uint64_t seed);

/// @brief The 2021 shape: the exact published per-supercategory species, train and val counts;
/// train counts Zipf-like within [50, 300] (the README gives no per-species bounds; 50 so that
/// train_mini's 50 per species are a subset), 500,000 test images.
std::vector<PlannedSpecies> planFullScale2021(uint64_t seed);

}  // namespace taxa
