#include "state/FeatureMapPoints.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "embed/StoreRows.h"
#include "util/Error.h"

namespace {

MapBounds boundsOf(const std::vector<float>& xy) {
    MapBounds b{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (size_t i = 0; i + 1 < xy.size(); i += 2) {
        b.minX = std::min(b.minX, xy[i]);
        b.maxX = std::max(b.maxX, xy[i]);
        b.minY = std::min(b.minY, xy[i + 1]);
        b.maxY = std::max(b.maxY, xy[i + 1]);
    }
    // A map of identical points still needs an extent to be drawn in.
    if (!(b.maxX > b.minX)) b.minX -= 0.5f, b.maxX = b.minX + 1;
    if (!(b.maxY > b.minY)) b.minY -= 0.5f, b.maxY = b.minY + 1;
    return b;
}

}  // namespace

std::shared_ptr<const FeatureMapPoints> FeatureMapPoints::join(const taxa::embed::FeatureMap& map,
                                                               const LoadedDataset& data,
                                                               const std::string& path) {
    const taxa::Dataset& ds = data.dataset;
    for (float v : map.xy)
        if (!std::isfinite(v)) throw taxa::Error(path + ": a point of the map is not a number");
    if (map.xy.size() != 2 * map.count() || map.splits.size() != map.count())
        throw taxa::Error(path + ": the map's columns differ in length");
    const std::vector<int32_t> rows = taxa::embed::rowImages(map.imageIds, map.splits, ds, path);
    std::vector<size_t> order(rows.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::shuffle(order.begin(), order.end(), std::mt19937_64(map.seed));
    auto p = std::make_shared<FeatureMapPoints>();
    p->path = path;
    for (size_t r : order) {
        p->images.push_back(rows[r]);
        p->xy.push_back(map.xy[2 * r]);
        p->xy.push_back(map.xy[2 * r + 1]);
        p->splits.push_back(map.splits[r]);
        p->classes.push_back(ds.images[size_t(rows[r])].label);
    }
    p->bounds = boundsOf(p->xy);
    p->pointOfImage_.assign(ds.images.size(), -1);
    for (size_t i = 0; i < p->images.size(); ++i)
        p->pointOfImage_[size_t(p->images[i])] = int32_t(i);
    p->buildGrid();
    return p;
}

int FeatureMapPoints::cellOf(float x, float y) const {
    const int cx = std::clamp(int((x - bounds.minX) / bounds.width() * kGrid), 0, kGrid - 1);
    const int cy = std::clamp(int((y - bounds.minY) / bounds.height() * kGrid), 0, kGrid - 1);
    return cy * kGrid + cx;
}

void FeatureMapPoints::buildGrid() {
    // Counting sort of the points by cell: two passes, no per-cell vectors.
    cellStart_.assign(kGrid * kGrid + 1, 0);
    std::vector<int32_t> cell(count());
    for (size_t i = 0; i < count(); ++i) {
        cell[i] = cellOf(x(i), y(i));
        ++cellStart_[size_t(cell[i]) + 1];
    }
    std::partial_sum(cellStart_.begin(), cellStart_.end(), cellStart_.begin());
    std::vector<int32_t> next(cellStart_.begin(), cellStart_.end() - 1);
    cellPoints_.resize(count());
    for (size_t i = 0; i < count(); ++i)
        cellPoints_[size_t(next[size_t(cell[i])]++)] = int32_t(i);
}

int32_t FeatureMapPoints::nearest(float px, float py, float radius) const {
    if (count() == 0 || !(radius > 0)) return -1;
    const int lo = cellOf(px - radius, py - radius), hi = cellOf(px + radius, py + radius);
    int32_t best = -1;
    float bestD = radius * radius;
    for (int cy = lo / kGrid; cy <= hi / kGrid; ++cy)
        for (int cx = lo % kGrid; cx <= hi % kGrid; ++cx) {
            const size_t c = size_t(cy * kGrid + cx);
            for (int32_t k = cellStart_[c]; k < cellStart_[c + 1]; ++k) {
                const size_t i = size_t(cellPoints_[size_t(k)]);
                const float dx = x(i) - px, dy = y(i) - py, d = dx * dx + dy * dy;
                if (d <= bestD) bestD = d, best = int32_t(i);
            }
        }
    return best;
}

std::vector<int32_t> FeatureMapPoints::pointsOfClasses(const std::vector<int32_t>& sorted) const {
    std::vector<int32_t> out;
    for (size_t i = 0; i < count(); ++i)
        if (std::binary_search(sorted.begin(), sorted.end(), classes[i])) out.push_back(int32_t(i));
    return out;
}

int32_t FeatureMapPoints::pointOfImage(int32_t image) const {
    return image >= 0 && size_t(image) < pointOfImage_.size() ? pointOfImage_[size_t(image)] : -1;
}
