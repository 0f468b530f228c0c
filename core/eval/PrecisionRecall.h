#pragma once
/// @file PrecisionRecall.h
/// @brief Precision-recall curves over top-1 confidence, for a whole split and for one class.
///
/// Each image contributes one guess, its top-1 class with its score. Lowering a threshold t
/// keeps the guesses whose score is at least t:
/// - the split (micro-averaged over classes): precision = right guesses kept / guesses kept,
///   recall = right guesses kept / images;
/// - class c: precision = right guesses of c kept / guesses of c kept, recall = right guesses
///   of c kept / images of c.
/// One point per distinct score, highest threshold first. Recall stops at top-1 accuracy (an
/// image whose first guess is wrong is never retrieved), so the curve need not reach 1. Average
/// precision is scikit-learn's step sum, sum over points of (R_n - R_(n-1)) P_n, up to there.

#include <cstdint>
#include <vector>

#include "eval/Predictions.h"

namespace taxa {

/// @brief One threshold's precision and recall.
struct PrPoint {
    double threshold = 0, precision = 0, recall = 0;
};

/// @brief A curve, highest threshold first.
struct PrCurve {
    int64_t positives = 0;  ///< Images (the split) or images of the class.
    int64_t guesses = 0;    ///< Top-1 guesses at the lowest threshold.
    std::vector<PrPoint> points;
    double averagePrecision = 0;
};

/// @brief The split's curve. Rows without scores are skipped (see allHaveScores()).
PrCurve precisionRecall(const PredictionSet& p, const std::vector<int32_t>& truths);

/// @brief The curve of class @p cls.
PrCurve precisionRecall(const PredictionSet& p, const std::vector<int32_t>& truths, int32_t cls);

/// @brief Every class's average precision in one pass, by class index (0 for a class never
/// guessed or without images).
std::vector<double> classAveragePrecision(const PredictionSet& p,
                                          const std::vector<int32_t>& truths, int32_t classes);

/// @brief At most @p maxPoints of @p c, evenly spaced along it, the first and last kept (for
/// reports; average precision is of the whole curve).
PrCurve thinned(const PrCurve& c, size_t maxPoints);

}  // namespace taxa
