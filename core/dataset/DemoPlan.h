#pragma once
/// @file DemoPlan.h
/// @brief What the demo generator writes before anything is drawn: species with names and a
/// 7-rank taxonomy, their visual traits, and long-tailed image counts per split.

#include <array>
#include <cstdint>
#include <functional>
#include <vector>

#include "dataset/Dataset.h"
#include "util/Rng.h"

namespace taxa {

/// @brief A published row of the 2018 table (REFERENCE.md), with the ranks the supercategory
/// sits under.
struct PublishedRow {
    const char* name;
    int64_t classes;
    int64_t train;
    int64_t val;
    const char* kingdom;
    const char* phylum;
    const char* className;
};

/// @brief The 14 supercategories of 2018 with their published class/train/val counts.
const std::array<PublishedRow, 14>& published2018();

/// @brief Published size of the 2018 test split.
constexpr int64_t kPublished2018Test = 149394;

/// @brief How a species looks in the demo images. Supercategories differ in habitat (the
/// background), families in body shape, genera in body colour and pattern kind, and congeneric
/// species only in the number of pattern marks (the two-spot vs seven-spot ladybird).
struct SpeciesTraits {
    int habitat = 0;  ///< Supercategory index.
    int shape = 0;    ///< 0..5.
    int hue = 0;      ///< OpenCV hue, 0..179.
    int pattern = 0;  ///< 0 spots, 1 stripes, 2 rings.
    int marks = 1;    ///< Number of pattern marks.
};

/// @brief One species to generate.
struct PlannedSpecies {
    Category category;
    int64_t train = 0;
    int64_t val = 0;
    int64_t test = 0;
    int64_t mini = 0;  ///< Of its train images, how many the 2021 train_mini set holds.
    SpeciesTraits traits;
};

/// @brief Options of the small demo set.
struct DemoPlanOptions {
    int species = 42;  ///< At least 14, so that every supercategory appears.
    uint64_t seed = 2018;
    int64_t minTrain = 2;    ///< The 2018 lower bound.
    int64_t maxTrain = 150;  ///< The 2018 upper bound (1000) scaled down for a CPU.
    int64_t valPerSpecies = 3;
    int64_t testPerSpecies = 2;
};

/// @brief Plans the demo: species spread over the 14 supercategories in proportion to 2018
/// (at least one each), grouped into genera of 1-3, train counts log-uniform between the bounds.
std::vector<PlannedSpecies> planDemo(const DemoPlanOptions& o);

/// @brief How planShape() lays out a published shape.
struct ShapeOptions {
    int64_t minTrain = 2;  ///< Train counts per species are Zipf-like within [min, max].
    int64_t maxTrain = 1000;
    int generaPerFamily = 4;
    int64_t test = 0;            ///< Test images, spread evenly over the species.
    int64_t miniPerSpecies = 0;  ///< Train images per species also in a mini set (2021: 50).
    /// Genus sizes of one supercategory (summing to its classes); empty: 1-4 as 2018.
    std::function<std::vector<int>(const PublishedRow&, Rng&)> genusSizes;
};

/// @brief Plans a metadata set with the exact per-supercategory class, train and val counts of
/// @p rows (val spread evenly over a supercategory's species).
std::vector<PlannedSpecies> planShape(const std::vector<PublishedRow>& rows, const ShapeOptions& o,
                                      uint64_t seed);

/// @brief Plans the full-scale metadata set: 8,142 species with the exact published
/// per-supercategory class/train/val counts, Zipf-like train counts within [2, 1000], 3 val each.
std::vector<PlannedSpecies> planFullScale(uint64_t seed);

/// @brief Largest-remainder apportionment of @p n over @p weights, with a floor of 1 each.
std::vector<int64_t> apportion(int64_t n, const std::vector<int64_t>& weights);

/// @brief Splits @p total into @p n Zipf-like counts within [lo, hi], summing exactly to total
/// (requires n*lo <= total <= n*hi), largest first.
std::vector<int64_t> allocateLongTail(int64_t n, int64_t total, int64_t lo, int64_t hi);

}  // namespace taxa
