#pragma once
/// @file GeoTrainTypes.h
/// @brief How to train the geographic prior's network and what training reports: plain types
/// that cross the engine's interface (no LibTorch), for the programs; the training itself is
/// the engine's (GeoNet.h, which also describes the network and its loss).

#include <cstdint>
#include <functional>
#include <string>

#include "util/Progress.h"

namespace taxa::geo {

/// @brief How to train the network prior (defaults: the paper's).
struct GeoTrainOptions {
    int epochs = 30;
    /// Photos per step; 0 = the paper's 1024, or fewer on a small dataset, so that an epoch
    /// makes at least kMinStepsPerEpoch steps (the demo's 1,400 photos would make 2).
    int batchSize = 0;
    double lr = 5e-4;
    double lrDecay = 0.98;  ///< The learning rate is multiplied by this after every epoch.
    int maxPerClass = 100;  ///< Photos of a class drawn per epoch, at most.
    int hidden = 256;
    int blocks = 4;
    double dropout = 0.5;
    uint64_t seed = 2019;
    std::string device = "auto";  ///< "auto", "cpu" or "cuda".
};

/// @brief Steps an epoch makes at least when the batch size is chosen automatically.
constexpr int kMinStepsPerEpoch = 16;

/// @brief One finished epoch.
struct GeoEpoch {
    int epoch = 0;  ///< 1-based.
    int epochs = 0;
    double loss = 0;     ///< Mean over the epoch's batches.
    double seconds = 0;  ///< Wall time of the epoch.
    int64_t examples = 0;
    int batchSize = 0;
    double lr = 0;  ///< The learning rate the epoch used.
};

/// @brief Called while training: progress (return false to stop) and each finished epoch.
struct GeoTrainCallbacks {
    ProgressFn progress;
    std::function<void(const GeoEpoch&)> epochDone;
};

}  // namespace taxa::geo
