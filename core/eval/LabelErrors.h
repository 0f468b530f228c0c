#pragma once
/// @file LabelErrors.h
/// @brief Per-image scores of a labelled split (confidence, hardness, mistakenness) and the
/// "likely label errors": wrong predictions ranked by mistakenness, as FiftyOne ranks them.

#include <cstdint>
#include <vector>

#include "eval/Predictions.h"

namespace taxa {

/// @brief What a row's scores say about its image (see ScoreModel.h for the definitions).
struct ImageScore {
    float confidence = 0;        ///< Top-1 score.
    float labelProbability = 0;  ///< Probability of the labelled class.
    float hardness = 0;          ///< Entropy of the prediction, nats.
    float mistakenness = 0;      ///< FiftyOne's mistakenness of the label, in [0, 1].
    bool correct = false;        ///< Top-1 equals the label.
};

/// @brief Scores of every row of @p p (true classes @p truths, same order); all zero for rows
/// without scores.
std::vector<ImageScore> scoreImages(const PredictionSet& p, const std::vector<int32_t>& truths,
                                    int32_t classCount);

/// @brief Rows whose top-1 class is not the label, most mistaken first (ties: the earlier row).
/// Among wrong predictions mistakenness is (1 + exp(-hardness)) / 2, so this lists the most
/// confident disagreements with the label first.
std::vector<int32_t> likelyLabelErrors(const std::vector<ImageScore>& scores);

}  // namespace taxa
