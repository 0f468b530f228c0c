#pragma once
/// @file PredictTypes.h
/// @brief How to predict and what prediction noticed: plain types that cross the ML engine's
/// interface (no LibTorch).

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace taxa {

/// @brief How to predict.
struct PredictOptions {
    std::vector<std::string> checkpoints;  ///< One for a single model, several for an ensemble.
    std::vector<double> weights;           ///< Per checkpoint; empty = equal weights.
    std::string tta = "centre";            ///< TtaPlan::parse mode, e.g. "dense+flip".
    int k = 5;                             ///< Guesses kept per image (at least 3).
    int batchImages = 16;                  ///< Images decoded and run together.
    int threads = 0;                       ///< Decoding and LibTorch threads; 0 = cores.
    std::string device = "auto";
    /// Called with each batch's class probabilities before the top k are kept, to multiply
    /// them by a prior (geo::priorReweighting): @p images are indices into Dataset::images,
    /// @p probs their images.size() x classes probabilities, row-major. Empty: left as they are.
    std::function<void(const std::vector<size_t>& images, float* probs, int64_t classes)> reweight;
};

/// @brief What predict() noticed besides the predictions.
struct PredictStats {
    int64_t images = 0;
    int64_t windowsPerImage = 0;  ///< Of the first model.
    int64_t badImages = 0;        ///< Undecodable; predicted from the training-count prior.
};

}  // namespace taxa
