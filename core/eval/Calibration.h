#pragma once
/// @file Calibration.h
/// @brief Whether a model's confidence can be trusted: reliability diagrams and the expected
/// calibration error (ECE) of top-1 confidence, for a split and per group of classes.
///
/// ECE as in Guo et al., "On Calibration of Modern Neural Networks" (2017): top-1 confidences
/// fall into 15 equal-width bins, bin i holding (i/15, (i+1)/15] (a confidence of exactly 0
/// goes to bin 0); ECE = sum over bins of (images in bin / images) * |accuracy - mean
/// confidence|. Only the top-1 score is used, so the top-k store needs no assumption here.

#include <array>
#include <cstdint>
#include <vector>

#include "dataset/Taxonomy.h"
#include "eval/Predictions.h"

namespace taxa {

/// @brief Number of equal-width confidence bins.
constexpr int kCalibrationBins = 15;

/// @brief Bin of a top-1 confidence: i for (i/15, (i+1)/15], clamped to [0, 14].
int calibrationBin(double confidence);

/// @brief Images whose top-1 confidence fell into one bin.
struct ReliabilityBin {
    int64_t images = 0;
    int64_t correct = 0;       ///< Of them, top-1 right.
    double confidenceSum = 0;  ///< Sum of their top-1 confidences.
    double accuracy() const { return images ? double(correct) / double(images) : 0; }
    double meanConfidence() const { return images ? confidenceSum / double(images) : 0; }
};

/// @brief A reliability diagram: the bins of one set of images.
struct Reliability {
    std::array<ReliabilityBin, kCalibrationBins> bins{};
    int64_t images = 0;
    void add(double confidence, bool correct);
    /// @brief Expected calibration error, a fraction in [0, 1]; 0 without images.
    double ece() const;
    /// @brief Mean top-1 confidence and accuracy over all its images.
    double meanConfidence() const;
    double accuracy() const;
};

/// @brief Reliability of a split, and of its images grouped by the true class's supercategory
/// and training-count bucket.
struct CalibrationReport {
    Reliability all;
    std::vector<Reliability> supercategories;  ///< In Taxonomy::supercategories() order.
    std::vector<Reliability> buckets;          ///< One per bucket [edges[i], edges[i+1]).
};

/// @brief True if every row has scores (only then is calibration defined).
bool allHaveScores(const PredictionSet& p);

/// @brief Calibration of @p p, whose rows' true classes are @p truths (same order). Rows are
/// grouped by their true class. Every row must have scores (see allHaveScores()).
CalibrationReport calibrate(const PredictionSet& p, const std::vector<int32_t>& truths,
                            const Taxonomy& tax, const std::vector<int64_t>& trainCounts,
                            const std::vector<int64_t>& edges);

}  // namespace taxa
