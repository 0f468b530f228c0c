#pragma once
/// @file DemoRanges.h
/// @brief Where and when the demo's species are seen, so that a geographic prior has something
/// to learn: each species lives in one or two regions on land; species of one genus share a
/// region about half the time (then only the image tells them apart) and live apart otherwise;
/// some taxa (insects, birds, amphibians, fungi, plants) are seen mostly in one season.

#include <cstdint>
#include <vector>

#include "dataset/DemoPlan.h"
#include "util/Rng.h"

namespace taxa {

/// @brief A place where a species is seen: a centre, a spread, and a share of the sightings.
/// Sightings stay inside the region's box, which lies wholly on land.
struct RangeRegion {
    double lat = 0, lon = 0;  ///< Centre, degrees.
    double spread = 2;        ///< Standard deviation, degrees.
    double weight = 1;        ///< Share of sightings (weights of a species sum to 1).
    int box = 0;              ///< Index of the land box it lies in.
};

/// @brief Where and when one species is seen.
struct SpeciesRange {
    std::vector<RangeRegion> regions;  ///< One or two.
    int peakDay = 0;                   ///< Day of year of most sightings; 0 = all year alike.
    double seasonDays = 0;             ///< Standard deviation around the peak, days.
};

/// @brief One sighting: a place and a date.
struct Sighting {
    double lat = 0, lon = 0;
    int year = 2017, month = 1, day = 1;
};

/// @brief A box of latitude and longitude that lies wholly on land.
struct LandBox {
    double south, north, west, east;
    const char* name;
};

/// @brief The land boxes ranges are drawn in (continental interiors on every continent but
/// Antarctica).
const std::vector<LandBox>& landBoxes();

/// @brief Ranges of @p species (in plan order), deterministic for @p seed.
std::vector<SpeciesRange> planRanges(const std::vector<PlannedSpecies>& species, uint64_t seed);

/// @brief A sighting of a species with range @p r, drawn from @p rng (years 2008-2017).
Sighting drawSighting(const SpeciesRange& r, Rng& rng);

}  // namespace taxa
