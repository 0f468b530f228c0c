#pragma once
/// @file Temperature.h
/// @brief Temperature scaling (Guo et al. 2017) of top-k scores: one T for the whole model,
/// fitted by minimising the negative log-likelihood of the true labels on minival, then
/// applied to every row as p_i^(1/T) renormalised (see withTemperature() in ScoreModel.h for
/// how the tail outside the top k is treated).

#include <cstdint>
#include <optional>
#include <vector>

#include "eval/Predictions.h"

namespace taxa {

/// @brief Bounds of the temperatures considered by fitTemperature().
constexpr double kMinTemperature = 0.05;
constexpr double kMaxTemperature = 20.0;
/// @brief A true class's probability is floored at this in the likelihood, so that a label the
/// top-k store gives no mass costs a finite amount.
constexpr double kLikelihoodFloor = 1e-7;

/// @brief Mean negative log-likelihood (nats) of the true classes of the rows with @p use[i]
/// set, after scaling by @p temperature; rows without scores are skipped.
double meanNegativeLogLikelihood(const PredictionSet& p, const std::vector<int32_t>& truths,
                                 const std::vector<char>& use, int32_t classCount,
                                 double temperature);

/// @brief The temperature in [kMinTemperature, kMaxTemperature] minimising that likelihood
/// (golden-section search; the likelihood is convex in 1/T, so the search finds the optimum).
/// 1 if no row is used.
double fitTemperature(const PredictionSet& p, const std::vector<int32_t>& truths,
                      const std::vector<char>& use, int32_t classCount);

/// @brief Every row scaled by @p temperature.
PredictionSet withTemperature(const PredictionSet& p, double temperature, int32_t classCount);

/// @brief A temperature fitted on minival and what it changes on the rest of the split.
struct TemperatureFit {
    double temperature = 1;
    int64_t fitImages = 0;               ///< Minival images with scores that T was fitted on.
    int64_t heldOutImages = 0;           ///< The other images, where the ECE is compared.
    double eceBefore = 0, eceAfter = 0;  ///< ECE of the held-out images without and with T.
    double nllBefore = 0, nllAfter = 0;  ///< Mean NLL on minival without and with T.
};

/// @brief Fits T on the rows whose images are in minival (inMinival() of the image id) and
/// measures the ECE before and after on the others. None if the rows carry no scores or no
/// row is in minival.
std::optional<TemperatureFit> fitOnMinival(const PredictionSet& p,
                                           const std::vector<int32_t>& truths, int32_t classCount);

}  // namespace taxa
