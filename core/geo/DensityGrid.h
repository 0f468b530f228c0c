#pragma once
/// @file DensityGrid.h
/// @brief Points binned into the pixels of an equirectangular map view: what the map draws
/// instead of the points themselves when there are many (437,513 at the root of iNat 2018).

#include <cstddef>
#include <cstdint>
#include <vector>

namespace taxa::geo {

/// @brief The part of the world a map shows, and its size in pixels. Longitude grows to the
/// right, latitude upwards; row 0 is the northern edge.
struct MapWindow {
    double west = -180, east = 180, south = -90, north = 90;
    int width = 0, height = 0;
};

/// @brief Counts of points per pixel, row-major, width x height.
struct DensityGrid {
    int width = 0, height = 0;
    std::vector<uint32_t> counts;
    uint32_t maxCount = 0;
    int64_t inside = 0;  ///< Points that fell in the window.
};

/// @brief Bins @p n points (degrees) into @p w's pixels; points outside are skipped.
DensityGrid binPoints(const float* lon, const float* lat, size_t n, const MapWindow& w);

}  // namespace taxa::geo
