#pragma once
/// @file Analysis.h
/// @brief Every error metric of a prediction set on a labelled split: top-1/top-3 error,
/// per-class accuracy, per-supercategory mean per-class accuracy, accuracy by training-count
/// bucket, the most confused species pairs, the rank at which truth and prediction first agree,
/// calibration when the predictions carry scores, and a class-by-class comparison of two
/// prediction sets.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dataset/Dataset.h"
#include "dataset/Taxonomy.h"
#include "eval/Calibration.h"
#include "eval/PrecisionRecall.h"
#include "eval/Predictions.h"
#include "eval/Temperature.h"

namespace taxa {

/// @brief Per-class counts on the evaluated split.
struct ClassResult {
    int64_t images = 0;
    int64_t top1 = 0;       ///< Images whose first guess is right.
    int64_t top3 = 0;       ///< Images with the truth among the first three guesses.
    int64_t predicted = 0;  ///< Images of any class whose first guess is this class.
    double accuracy() const { return images ? double(top1) / images : 0; }
    double accuracy3() const { return images ? double(top3) / images : 0; }
    /// Top-1 precision, recall (= accuracy) and F1. An undefined ratio (never guessed, no
    /// images) counts as 0, as scikit-learn's zero_division=0 does.
    double precision() const { return predicted ? double(top1) / predicted : 0; }
    double recall() const { return accuracy(); }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

/// @brief Macro averages of per-class precision, recall and F1 over the classes that have
/// images or were guessed (scikit-learn's average="macro" over the labels present).
struct MacroScores {
    int64_t classes = 0;
    double precision = 0, recall = 0, f1 = 0;
};
MacroScores macroScores(const std::vector<ClassResult>& perClass);

/// @brief Mean per-class top-1 accuracy of a group of classes.
struct GroupResult {
    std::string name;
    int64_t classes = 0;  ///< Classes with at least one evaluated image.
    int64_t images = 0;
    double meanClassAccuracy = 0;  ///< Mean over classes of their top-1 accuracy.
    double imageAccuracy = 0;      ///< Correct images / images.
};

/// @brief A training-count bucket [lo, hi).
struct BucketResult : GroupResult {
    int64_t lo = 0, hi = 0;
};

/// @brief An unordered pair of classes confused with each other.
struct ConfusedPair {
    int32_t a = 0, b = 0;  ///< Class indices, a < b.
    int64_t aAsB = 0;      ///< Images of a predicted (top-1) as b.
    int64_t bAsA = 0;
    int64_t total() const { return aAsB + bAsA; }
};

/// @brief Ranks where truth and a wrong top-1 guess first share an ancestor. A dataset with
/// fewer ranks (folders of classes, NABirds) fills the lowest slots: Genus is the level just
/// above its classes, and a slot it lacks never counts as shared.
enum class AgreeRank { Genus, Family, Order, Class, Phylum, Kingdom, None };
constexpr int kAgreeRanks = 7;
const char* agreeRankName(AgreeRank r);

/// @brief The whole analysis.
struct AnalysisReport {
    int64_t images = 0;
    double top1Error = 0, top3Error = 0;
    /// The dataset's own metric (competitionOf(ds.layout)): top-k error with this k.
    int metricTopK = 1;
    double metricError = 0;
    std::vector<ClassResult> perClass;         ///< By class index.
    std::vector<GroupResult> supercategories;  ///< In Taxonomy::supercategories() order.
    std::vector<BucketResult> buckets;
    std::vector<ConfusedPair> confusedPairs;  ///< Most confused first (ties: lower classes first).
    std::array<int64_t, kAgreeRanks> rankOfError{};  ///< Counts over top-1 errors.
    /// Reliability and ECE, when every prediction carries scores (a top-k store).
    std::optional<CalibrationReport> calibration;
    /// A temperature fitted on minival; analyse() leaves it empty (fitOnMinival() fills it).
    std::optional<TemperatureFit> temperature;
    /// Precision-recall over top-1 confidence, when every prediction carries scores: the split
    /// (micro-averaged) and each class's average precision.
    std::optional<PrCurve> precisionRecall;
    std::vector<double> classAveragePrecision;  ///< By class index; empty without scores.
};

/// @brief Analyses @p predictions of a labelled split. @p trainCounts are train images per class
/// (for the buckets); @p edges the bucket edges. Throws taxa::Error for unlabelled images.
AnalysisReport analyse(const Dataset& ds, const Taxonomy& tax, const PredictionSet& predictions,
                       const std::vector<int64_t>& trainCounts, const std::vector<int64_t>& edges);

/// @brief One class in an A/B comparison.
struct ClassDelta {
    int32_t cls = 0;
    double accuracyA = 0, accuracyB = 0;
    double precisionA = 0, precisionB = 0;
    double f1A = 0, f1B = 0;
    double delta() const { return accuracyB - accuracyA; }
};

/// @brief Classes whose top-1 accuracy (recall) differs between two analyses of the same split,
/// largest change first, with their precision and F1 on both sides.
std::vector<ClassDelta> compareClasses(const AnalysisReport& a, const AnalysisReport& b);

/// @brief The report as one JSON document (the `evaluate --json` schema of DESIGN.md).
/// @p speciesCurves: class indices whose precision-recall curves are added in full.
std::string analysisToJson(const AnalysisReport& r, const Dataset& ds, const Taxonomy& tax,
                           size_t maxPairs = 50,
                           const std::vector<std::pair<int32_t, PrCurve>>& speciesCurves = {});
/// @brief A readable summary.
std::string analysisToText(const AnalysisReport& r, const Dataset& ds, const Taxonomy& tax,
                           size_t maxPairs = 15);

}  // namespace taxa
