#include "CoastRings.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

namespace {

constexpr int16_t kDateLine = 18000;

// 180 and -180 are one meridian: join pieces across it.
Point key(Point p) {
    if (p.first == -kDateLine) p.first = kDateLine;
    return p;
}

bool jumps(const Point& a, const Point& b) {
    return std::abs(a.first - b.first) > kDateLine;
}

// The ring cut where it crosses the date line.
std::vector<std::vector<Point>> cut(const std::vector<Point>& ring) {
    std::vector<std::vector<Point>> parts(1);
    for (size_t i = 0; i < ring.size(); ++i) {
        if (i && jumps(ring[i - 1], ring[i])) parts.emplace_back();
        parts.back().push_back(ring[i]);
    }
    // A closed ring cut somewhere: its last part continues into its first.
    if (parts.size() > 1 && key(ring.front()) == key(ring.back()) &&
        !jumps(ring.back(), ring.front())) {
        parts.back().insert(parts.back().end(), parts.front().begin() + 1, parts.front().end());
        parts.erase(parts.begin());
    }
    return parts;
}

// Polygons to fill for a closed ring: the ring itself, or its parts between date-line crossings,
// each closed along the date line (both ends on one side) or through the pole (ends on opposite
// sides: a ring around the pole, as Antarctica's).
std::vector<std::vector<Point>> polygons(const Ring& r) {
    if (r.points.size() < 3 || key(r.points.front()) != key(r.points.back())) return {};
    bool crosses = jumps(r.points.back(), r.points.front());
    for (size_t i = 1; i < r.points.size(); ++i)
        crosses = crosses || jumps(r.points[i - 1], r.points[i]);
    if (!crosses) return {r.points};
    std::vector<std::vector<Point>> parts = cut(r.points);
    for (auto& part : parts) {
        const Point a = part.front(), b = part.back();
        if ((a.first > 0) != (b.first > 0)) {
            long latSum = 0;
            for (const Point& p : part)
                latSum += p.second;
            const auto pole = static_cast<int16_t>(latSum < 0 ? -9000 : 9000);
            part.emplace_back(b.first, pole);
            part.emplace_back(a.first, pole);
        }
        part.push_back(a);  // closes along the meridian (or back from the pole)
    }
    return parts;
}

// Even-odd fill of @p poly into @p cells (value @p v) at cell centres.
void fill(const std::vector<Point>& poly, std::vector<uint8_t>& cells, int width, int height,
          uint8_t v) {
    int16_t south = poly[0].second, north = poly[0].second;
    for (const Point& p : poly) {
        south = std::min(south, p.second);
        north = std::max(north, p.second);
    }
    const double cell = 36000.0 / width;  // hundredths of a degree per cell
    const int y0 = std::max(0, static_cast<int>((9000 - north) / cell) - 1);
    const int y1 = std::min(height - 1, static_cast<int>((9000 - south) / cell) + 1);
    std::vector<double> xs;
    for (int y = y0; y <= y1; ++y) {
        const double lat = 9000 - (y + 0.5) * cell;
        xs.clear();
        for (size_t i = 0; i + 1 < poly.size(); ++i) {
            const double ay = poly[i].second, by = poly[i + 1].second;
            if ((ay > lat) == (by > lat)) continue;
            const double t = (lat - ay) / (by - ay);
            xs.push_back(poly[i].first + t * (poly[i + 1].first - poly[i].first));
        }
        std::sort(xs.begin(), xs.end());
        for (size_t k = 0; k + 1 < xs.size(); k += 2) {
            const int xa = std::max(0, static_cast<int>(std::ceil((xs[k] + 18000) / cell - 0.5)));
            const int xb =
                std::min(width - 1, static_cast<int>(std::floor((xs[k + 1] + 18000) / cell - 0.5)));
            for (int x = xa; x <= xb; ++x)
                cells[static_cast<size_t>(y) * static_cast<size_t>(width) +
                      static_cast<size_t>(x)] ^= v;
        }
    }
}

}  // namespace

std::vector<Ring> chainRings(std::vector<Piece> pieces) {
    using Key = std::pair<uint8_t, Point>;
    std::multimap<Key, size_t> byStart, byEnd;
    for (size_t i = 0; i < pieces.size(); ++i) {
        byStart.emplace(Key{pieces[i].level, key(pieces[i].points.front())}, i);
        byEnd.emplace(Key{pieces[i].level, key(pieces[i].points.back())}, i);
    }
    std::vector<char> used(pieces.size(), 0);
    auto take = [&](std::multimap<Key, size_t>& map, const Key& k) -> long {
        const auto range = map.equal_range(k);
        for (auto it = range.first; it != range.second; ++it)
            if (!used[it->second]) {
                used[it->second] = 1;
                return static_cast<long>(it->second);
            }
        return -1;
    };
    std::vector<Ring> rings;
    for (size_t i = 0; i < pieces.size(); ++i) {
        if (used[i]) continue;
        used[i] = 1;
        Ring r{pieces[i].points, pieces[i].level};
        auto closed = [&] { return key(r.points.back()) == key(r.points.front()); };
        for (long next;
             !closed() && (next = take(byStart, {r.level, key(r.points.back())})) >= 0;) {
            const auto& p = pieces[static_cast<size_t>(next)].points;
            r.points.insert(r.points.end(), p.begin() + 1, p.end());
        }
        for (long prev; !closed() && (prev = take(byEnd, {r.level, key(r.points.front())})) >= 0;) {
            const auto& p = pieces[static_cast<size_t>(prev)].points;
            r.points.insert(r.points.begin(), p.begin(), p.end() - 1);
        }
        rings.push_back(std::move(r));
    }
    return rings;
}

taxa::geo::CoastLayer toLayer(const std::vector<Ring>& rings) {
    taxa::geo::CoastLayer layer;
    layer.start.push_back(0);
    for (const Ring& r : rings)
        for (const auto& part : cut(r.points)) {
            if (part.size() < 2) continue;
            for (const Point& p : part) {
                layer.lon.push_back(p.first);
                layer.lat.push_back(p.second);
            }
            layer.start.push_back(static_cast<uint32_t>(layer.lon.size()));
            layer.level.push_back(r.level);
        }
    return layer;
}

taxa::geo::LandMask landMask(const std::vector<Ring>& rings, int width, int height) {
    std::vector<uint8_t> land(static_cast<size_t>(width) * static_cast<size_t>(height), 0);
    // Lakes lie inside land: fill land first, then clear lakes.
    for (uint8_t level : {uint8_t(1), uint8_t(2)}) {
        std::vector<uint8_t> layer(land.size(), 0);
        for (const Ring& r : rings)
            if (r.level == level)
                for (const auto& poly : polygons(r))
                    fill(poly, layer, width, height, 1);
        for (size_t i = 0; i < land.size(); ++i)
            if (layer[i]) land[i] = level == 1 ? 1 : 0;
    }
    return taxa::geo::LandMask::encode(land, width, height);
}
