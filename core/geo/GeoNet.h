#pragma once
/// @file GeoNet.h
/// @brief Training the network prior (Mac Aodha, Cole and Perona, ICCV 2019), without LibTorch
/// in this header: options, per-epoch reports, and the call that returns the trained weights
/// as a GEO file. The LibTorch code is in GeoNet.cpp (the ML engine's side).
///
/// The network: the 6 encoded inputs (GeoEncoding.h), 6 -> H linear + ReLU, B residual blocks
/// (linear, ReLU, dropout, linear, ReLU, plus the input), a bias-free H -> K class layer and a
/// sigmoid. The presence-only loss over a batch of N located training photos and N random
/// places and dates (uniform over the sphere's area and the year), with s the sigmoid outputs:
///
///     mean over photos and classes of  -K log(s) for the photo's class, -log(1 - s) otherwise
///   + mean over random points and classes of  -log(1 - s)
///
/// (each log of x taken as log(x + 1e-5), as in the authors' code). Adam, the learning rate
/// decayed by a factor per epoch; each epoch draws at most a fixed number of photos per class.

#include <cstdint>
#include <functional>
#include <string>

#include "dataset/Dataset.h"
#include "geo/GeoFile.h"
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

/// @brief The batch size training uses for @p examplesPerEpoch photos an epoch.
int autoBatchSize(const GeoTrainOptions& o, int64_t examplesPerEpoch);

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

/// @brief Trains on @p ds's labelled training photos with a location and returns the prior (a
/// "network" GEO file for @p ds's classes). Throws taxa::Error (no located photo, bad options),
/// Cancelled when @p callbacks.progress returns false.
GeoFile trainGeoNetwork(const Dataset& ds, const GeoTrainOptions& o,
                        const GeoTrainCallbacks& callbacks = {});

}  // namespace taxa::geo
