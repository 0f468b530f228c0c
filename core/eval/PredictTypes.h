#pragma once
/// @file PredictTypes.h
/// @brief How to predict and what prediction noticed: plain types that cross the ML engine's
/// interface (no LibTorch).

#include <cstdint>
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
};

/// @brief What predict() noticed besides the predictions.
struct PredictStats {
    int64_t images = 0;
    int64_t windowsPerImage = 0;  ///< Of the first model.
    int64_t badImages = 0;        ///< Undecodable; predicted from the training-count prior.
};

}  // namespace taxa
