#pragma once
/// @file Predictor.h
/// @brief Predictions of one or more checkpoints on a split, with test-time augmentation from
/// the pipeline's crop plans; an ensemble averages the members' probabilities (optionally
/// weighted).

#include "dataset/Dataset.h"
#include "eval/PredictTypes.h"
#include "eval/Predictions.h"
#include "util/Progress.h"

namespace taxa {

/// @brief Predicts every image of @p split. Throws taxa::Error if a checkpoint is unreadable or
/// was trained on other classes, Cancelled if @p progress returns false.
PredictionSet predict(const Dataset& ds, Split split, const PredictOptions& options,
                      const ProgressFn& progress = {}, PredictStats* stats = nullptr);

}  // namespace taxa
