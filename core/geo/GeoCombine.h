#pragma once
/// @file GeoCombine.h
/// @brief Image and place together: the classifier's probabilities times the prior's scores,
/// normalised to sum to one (Mac Aodha, Cole and Perona: P(y | image, place) is proportional
/// to P(y | image) P(y | place)). Images without a location keep their probabilities.

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "dataset/Dataset.h"
#include "eval/Predictions.h"
#include "geo/GeoEncoding.h"
#include "geo/GeoPrior.h"
#include "util/Progress.h"

namespace taxa::geo {

/// @brief probs[k] = probs[k] prior[k] / sum_j probs[j] prior[j], in place. Returns false and
/// leaves @p probs as they are when the product is all zero or not finite.
bool combineWithPrior(float* probs, const float* prior, int32_t classes);

/// @brief The same over one prediction's ranked guesses (the k a top-k store keeps): scores
/// times the prior of each guess, normalised over the k, then re-ranked. Returns false and
/// leaves @p row as it is when it has no scores or the product is zero.
bool rerankWithPrior(Prediction& row, const float* prior);

/// @brief The images of a split that have a usable location, with their points.
struct LocatedImages {
    std::vector<size_t> images;  ///< Indices into Dataset::images, in dataset order.
    std::vector<GeoPoint> points;
};
LocatedImages locatedImages(const Dataset& ds, Split split);

/// @brief What applying a prior to a prediction set did.
struct CombineStats {
    int64_t combined = 0;   ///< Rows re-ranked with the prior.
    int64_t unlocated = 0;  ///< Rows left as they were: no location (or a zero product).
};

/// @brief Re-ranks every row of @p p whose image has a location (rows of images without one are
/// left as they are). Throws taxa::Error when the prior is for other classes or when the rows
/// have no scores (a Kaggle CSV keeps none: use the top-k store).
PredictionSet applyPrior(const PredictionSet& p, const GeoPrior& prior, const Dataset& ds,
                         CombineStats* stats = nullptr, const ProgressFn& progress = {});

/// @brief A PredictOptions::reweight that multiplies each located image's probabilities by
/// @p prior and normalises them (images without a location are left as they are). @p ds must
/// outlive the prediction. Throws taxa::Error when the prior is for other classes.
std::function<void(const std::vector<size_t>&, float*, int64_t)> priorReweighting(
    std::shared_ptr<const GeoPrior> prior, const Dataset& ds);

}  // namespace taxa::geo
