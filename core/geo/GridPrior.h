#pragma once
/// @file GridPrior.h
/// @brief The grid prior, a baseline that needs no training (one of those Mac Aodha, Cole and
/// Perona compare): the world cut into cells of equal degrees of latitude and longitude, the
/// training images of each class counted per cell, and p(class | cell) = (count + a) /
/// (cell total + K a) with a pseudo-count a, so that an empty cell says nothing (uniform).

#include <cstdint>

#include "dataset/Dataset.h"
#include "geo/GeoEncoding.h"
#include "geo/GeoFile.h"

namespace taxa::geo {

/// @brief How to build a grid prior.
struct GridOptions {
    double cellDegrees = 2.0;  ///< Side of a cell in degrees (180 must be a multiple of it).
    double pseudoCount = 0.1;  ///< Added to every class's count in every cell.
};

/// @brief Counts the labelled training images with a location into cells. Throws
/// taxa::Error for a bad cell size or when no training image has a location.
GeoFile buildGridPrior(const Dataset& ds, const GridOptions& o);

/// @brief A grid prior read from a GeoFile, ready to evaluate.
class GridPrior {
  public:
    /// @brief Checks the file's tensors and parameters; throws taxa::Error naming @p label.
    GridPrior(const GeoFile& f, const std::string& label);
    /// @brief Cell index of a point (clamped to the grid).
    int32_t cellOf(const GeoPoint& p) const;
    /// @brief p(class | cell of @p p) for every class into @p out (K values, summing to 1).
    void evaluate(const GeoPoint& p, float* out) const;

  private:
    int32_t lonCells_ = 0, latCells_ = 0, classes_ = 0;
    double cell_ = 0, alpha_ = 0;
    const int32_t *start_ = nullptr, *cls_ = nullptr;
    const float* count_ = nullptr;
};

}  // namespace taxa::geo
