#pragma once
// Shore pieces of GSHHG's bins joined into rings, drawn as polylines and filled into a land
// mask (part of gshhg-to-coast).

#include <cstdint>
#include <utility>
#include <vector>

#include "geo/CoastlineFile.h"

/// A point in hundredths of a degree (longitude, latitude).
using Point = std::pair<int16_t, int16_t>;

/// One bin's piece of shore.
struct Piece {
    std::vector<Point> points;
    uint8_t level = 1;  ///< 1 shore of land, 2 shore of a lake.
};

/// Pieces joined end to start across bin edges (and across the date line, where 180 and -180
/// are one meridian): closed rings, except where GSHHG's pieces leave a gap.
struct Ring {
    std::vector<Point> points;
    uint8_t level = 1;
};

std::vector<Ring> chainRings(std::vector<Piece> pieces);

/// The rings as polylines, cut where they jump across the date line.
taxa::geo::CoastLayer toLayer(const std::vector<Ring>& rings);

/// Land cells of a width x height grid: land rings filled, then lake rings cleared (even-odd,
/// at cell centres). Rings across the date line are closed along it, rings around a pole
/// (Antarctica) through it; rings left open are not filled.
taxa::geo::LandMask landMask(const std::vector<Ring>& rings, int width, int height);
