#pragma once
/// @file Predictor.h
/// @brief Predictions of one or more checkpoints on a split, with test-time augmentation from
/// the pipeline's crop plans; an ensemble averages the members' probabilities (optionally
/// weighted).

#include <string>
#include <vector>

#include "dataset/Dataset.h"
#include "eval/Predictions.h"
#include "util/Progress.h"

namespace taxa {

/// @brief How to predict.
struct PredictOptions {
    std::vector<std::string> checkpoints;  ///< One for a single model, several for an ensemble.
    std::vector<double> weights;           ///< Per checkpoint; empty = equal weights.
    std::string tta = "centre";            ///< TtaPlan::parse mode, e.g. "dense+flip".
    int k = 5;                             ///< Guesses kept per image (at least 3).
    int batchImages = 16;                  ///< Images decoded and run together.
    int threads = 0;                       ///< Decoding threads; 0 = cores.
    std::string device = "auto";
};

/// @brief What predict() noticed besides the predictions.
struct PredictStats {
    int64_t images = 0;
    int64_t windowsPerImage = 0;  ///< Of the first model.
    int64_t badImages = 0;        ///< Undecodable; predicted from the training-count prior.
};

/// @brief Predicts every image of @p split. Throws taxa::Error if a checkpoint is unreadable or
/// was trained on other classes, Cancelled if @p progress returns false.
PredictionSet predict(const Dataset& ds, Split split, const PredictOptions& options,
                      const ProgressFn& progress = {}, PredictStats* stats = nullptr);

}  // namespace taxa
