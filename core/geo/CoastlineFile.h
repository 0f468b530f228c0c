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
///     padding to 4 bytes, then the land mask:
///       uint32 width W, height H cells of 360/W degrees, row 0 the northernmost
///       uint32 rowStart[H + 1]   first run of each row; rowStart[H] = R
///       uint16 runs[R]           per row, alternating run lengths of sea and land, sea first
///
/// Hundredths of a degree (1.1 km) are finer than GSHHG's low resolution (about 5 km). The
/// mask (0.1 degree cells) lets the map paint land; lakes count as water.

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

/// @brief Which cells of an equirectangular grid are land, run-length encoded by row.
struct LandMask {
    int width = 0, height = 0;
    std::vector<uint32_t> rowStart;  ///< height + 1 offsets into runs.
    std::vector<uint16_t> runs;      ///< Per row: sea, land, sea, ... run lengths.

    /// @brief From one byte per cell (non-zero = land), row-major from the north.
    static LandMask encode(const std::vector<uint8_t>& cells, int width, int height);
    /// @brief One byte per cell, 1 for land.
    std::vector<uint8_t> decode() const;
};

/// @brief All levels of detail, coarsest first, and the land mask.
struct Coastlines {
    std::vector<CoastLayer> layers;
    LandMask land;
};

/// @brief The file's bytes.
std::string serializeCoastlines(const Coastlines& c);
/// @brief Parses the file; @p label names it in errors. Throws taxa::Error.
Coastlines parseCoastlines(std::string_view bytes, const std::string& label);

}  // namespace taxa::geo
