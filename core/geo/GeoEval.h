#pragma once
/// @file GeoEval.h
/// @brief How well a prior alone names the species of a split's located images (top-1 and
/// top-3 accuracy), next to the class-frequency prior, which always guesses the most
/// frequent training classes: the baseline any place-aware prior must beat.

#include <cstdint>
#include <string>
#include <vector>

#include "dataset/Dataset.h"
#include "geo/GeoPrior.h"
#include "util/Progress.h"

namespace taxa::geo {

/// @brief Top-1 and top-3 accuracy over a set of images.
struct TopAccuracy {
    double top1 = 0;
    double top3 = 0;
};

/// @brief The prior alone against class frequency, on the same images.
struct GeoEvaluation {
    int64_t images = 0;     ///< Labelled images of the split with a location: those scored.
    int64_t unlocated = 0;  ///< Labelled images of the split without one (not scored).
    TopAccuracy geo;
    TopAccuracy frequency;
};

/// @brief Classes by training images, most first (ties: lower class first): the
/// class-frequency prior's ranking.
std::vector<int32_t> classesByFrequency(const Dataset& ds);

/// @brief Scores the prior alone on @p split's labelled, located images. Throws taxa::Error
/// when the prior is for other classes or no such image exists; Cancelled via @p progress.
GeoEvaluation evaluatePrior(const GeoPrior& prior, const Dataset& ds, Split split,
                            const ProgressFn& progress = {});

/// @brief `{"geo": {"top1_accuracy", "top3_accuracy"}, "frequency": {...}, "images",
/// "unlocated"}`.
std::string evaluationToJson(const GeoEvaluation& e, const std::string& kind);
/// @brief A readable table.
std::string evaluationToText(const GeoEvaluation& e, const std::string& kind);

}  // namespace taxa::geo
