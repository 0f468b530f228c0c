#pragma once
/// @file GeoNet.h
/// @brief Training the network prior (Mac Aodha, Cole and Perona, ICCV 2019), without LibTorch
/// in this header: the call that returns the trained weights as a GEO file. Engine only (the
/// LibTorch code is in GeoNet.cpp): programs ask for it through engine::Api::trainGeoPrior,
/// with the options and reports of GeoTrainTypes.h.
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

#include "dataset/Dataset.h"
#include "geo/GeoFile.h"
#include "geo/GeoTrainTypes.h"

namespace taxa::geo {

/// @brief The batch size training uses for @p examplesPerEpoch photos an epoch.
int autoBatchSize(const GeoTrainOptions& o, int64_t examplesPerEpoch);

/// @brief Trains on @p ds's labelled training photos with a location and returns the prior (a
/// "network" GEO file for @p ds's classes). Throws taxa::Error (no located photo, bad options),
/// Cancelled when @p callbacks.progress returns false.
GeoFile trainGeoNetwork(const Dataset& ds, const GeoTrainOptions& o,
                        const GeoTrainCallbacks& callbacks = {});

}  // namespace taxa::geo
