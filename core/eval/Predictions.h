#pragma once
/// @file Predictions.h
/// @brief Predictions of a split: a top-k store (class indices and scores, k >= 5 from our
/// predictor) and the Kaggle submission CSV (`id,predicted`, three category ids, most
/// confident first), read back with one clear error per malformed line.

#include <cstdint>
#include <string>
#include <vector>

#include "dataset/Dataset.h"

namespace taxa {

/// @brief One image's ranked guesses.
struct Prediction {
    int64_t imageId = 0;
    std::vector<int32_t> classes;  ///< Class indices, most confident first.
    std::vector<float> scores;     ///< Same length as classes; empty when unknown (CSV).
};

/// @brief Predictions for every image of one split, in the dataset's image order.
struct PredictionSet {
    Split split = Split::Val;
    std::vector<Prediction> rows;
};

/// @brief Writes the Kaggle CSV of the dataset's competition (competitionOf(ds.layout)): its
/// header (`id,predicted`, 2021 `Id,Predicted`) then `image id,c1 c2 ...` with as many category
/// ids as it asks for (2017 and 2021: 5, 2018: 3, 2019: 1; other datasets 3), fewer only when a
/// row has fewer guesses.
std::string toKaggleCsv(const PredictionSet& p, const Dataset& ds);
/// @brief Writes the top-k store: `image_id,category_ids,scores` with k space-separated values.
std::string toTopkCsv(const PredictionSet& p, const Dataset& ds);

/// @brief Reads a Kaggle CSV (header `id,predicted` in any case) or a top-k store (told apart
/// by the header) for @p split, checking that every image of the split has exactly one row and
/// every label is a known category; each row needs at least as many labels as the dataset's
/// metric uses (2018: 3, 2017: 5, others 1). @p label names the file in errors. Throws
/// taxa::Error.
PredictionSet readPredictions(const std::string& text, const std::string& label, const Dataset& ds,
                              Split split);

/// @brief The label (class index) of each row's image, in row order. Throws taxa::Error for a
/// row whose image is not in the predictions' split or has no label.
std::vector<int32_t> rowLabels(const Dataset& ds, const PredictionSet& p);

}  // namespace taxa
