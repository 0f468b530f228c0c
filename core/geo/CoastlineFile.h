#pragma once
/// @file CoastlineFile.h
/// @brief Coastlines as the map draws them: polylines in degrees at two levels of detail,
/// converted at build time from GSHHG's binned netCDF files (Debian's gmt-gshhg-low) by
/// app/tools/gshhg-to-coast, so the GUI reads a small file instead of linking netCDF.
///
/// Layout of the file (little-endian):
///
///     "TXCOAST1"                 8 bytes
///     uint32 layers              detail levels, coarsest first (crude, then low)
///     per layer:
///       uint32 polylines P, uint32 points N
///       uint32 start[P + 1]      first point of each polyline; start[P] = N
///       uint8  level[P]          GSHHG level: 1 shore of land, 2 shore of a lake
///       padding to 4 bytes
///       int16  lon[N], lat[N]    hundredths of a degree
///
/// Hundredths of a degree (1.1 km) are finer than GSHHG's low resolution (about 5 km).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace taxa::geo {

/// @brief One level of detail.
struct CoastLayer {
    std::vector<uint32_t> start;  ///< polylines + 1 offsets into lon/lat.
    std::vector<uint8_t> level;   ///< Per polyline.
    std::vector<int16_t> lon;     ///< Hundredths of a degree.
    std::vector<int16_t> lat;
    size_t polylines() const { return level.size(); }
};

/// @brief All levels of detail, coarsest first.
struct Coastlines {
    std::vector<CoastLayer> layers;
};

/// @brief The file's bytes.
std::string serializeCoastlines(const Coastlines& c);
/// @brief Parses the file; @p label names it in errors. Throws taxa::Error.
Coastlines parseCoastlines(std::string_view bytes, const std::string& label);

}  // namespace taxa::geo
