#include "geo/DensityGrid.h"

#include <algorithm>

namespace taxa::geo {

DensityGrid binPoints(const float* lon, const float* lat, size_t n, const MapWindow& w) {
    DensityGrid g;
    g.width = std::max(0, w.width);
    g.height = std::max(0, w.height);
    g.counts.assign(static_cast<size_t>(g.width) * static_cast<size_t>(g.height), 0);
    if (g.counts.empty() || !(w.east > w.west) || !(w.north > w.south)) return g;
    // Pixel = (x - origin) * scale; a point exactly on the east or south edge still counts.
    const double sx = g.width / (w.east - w.west), sy = g.height / (w.north - w.south);
    const double maxX = g.width, maxY = g.height;
    for (size_t i = 0; i < n; ++i) {
        const double x = (lon[i] - w.west) * sx, y = (w.north - lat[i]) * sy;
        if (!(x >= 0 && x <= maxX && y >= 0 && y <= maxY)) continue;  // also drops NaN
        const int px = std::min(static_cast<int>(x), g.width - 1);
        const int py = std::min(static_cast<int>(y), g.height - 1);
        ++g.counts[static_cast<size_t>(py) * static_cast<size_t>(g.width) +
                   static_cast<size_t>(px)];
        ++g.inside;
    }
    g.maxCount = g.counts.empty() ? 0 : *std::max_element(g.counts.begin(), g.counts.end());
    return g;
}

}  // namespace taxa::geo
