#include "geo/GridPrior.h"

#include <algorithm>
#include <cmath>

#include "util/Error.h"

namespace taxa::geo {

namespace {

int32_t cellIndex(double lonDeg, double latDeg, double cell, int32_t lonCells, int32_t latCells) {
    const auto col =
        std::clamp(static_cast<int32_t>(std::floor((lonDeg + 180.0) / cell)), 0, lonCells - 1);
    const auto row =
        std::clamp(static_cast<int32_t>(std::floor((latDeg + 90.0) / cell)), 0, latCells - 1);
    return row * lonCells + col;
}

}  // namespace

GeoFile buildGridPrior(const Dataset& ds, const GridOptions& o) {
    if (!(o.cellDegrees > 0) || o.cellDegrees > 180 ||
        std::fabs(180.0 / o.cellDegrees - std::round(180.0 / o.cellDegrees)) > 1e-9)
        throw Error("grid prior: the cell size must divide 180 degrees (e.g. 1, 2, 5, 10)");
    if (!(o.pseudoCount > 0)) throw Error("grid prior: the pseudo-count must be positive");
    const auto latCells = static_cast<int32_t>(std::lround(180.0 / o.cellDegrees));
    const int32_t lonCells = 2 * latCells;
    // (cell, class) of every located training image, then runs of equal pairs become counts.
    std::vector<std::pair<int32_t, int32_t>> seen;
    for (const ImageRecord& im : ds.images) {
        const Location* loc = ds.location(im);
        GeoPoint p;
        if (im.split != Split::Train || im.label < 0 || !loc || !toGeoPoint(*loc, p)) continue;
        seen.emplace_back(cellIndex(loc->lon, loc->lat, o.cellDegrees, lonCells, latCells),
                          im.label);
    }
    if (seen.empty())
        throw Error(ds.root + ": no training image has a location (a locations file is needed)");
    std::sort(seen.begin(), seen.end());
    GeoTensor start{"cell_start", {int64_t(lonCells) * latCells + 1}, true, {}, {}};
    GeoTensor cls{"cell_class", {}, true, {}, {}};
    GeoTensor count{"cell_count", {}, false, {}, {}};
    start.i.assign(static_cast<size_t>(start.shape[0]), 0);
    for (size_t a = 0; a < seen.size();) {
        size_t b = a;
        while (b < seen.size() && seen[b] == seen[a])
            ++b;
        cls.i.push_back(seen[a].second);
        count.f.push_back(static_cast<float>(b - a));
        ++start.i[static_cast<size_t>(seen[a].first) + 1];
        a = b;
    }
    for (size_t c = 1; c < start.i.size(); ++c)
        start.i[c] += start.i[c - 1];
    cls.shape = count.shape = {static_cast<int64_t>(cls.i.size())};
    GeoFile f;
    f.kind = "grid";
    for (const auto& c : ds.categories)
        f.categoryIds.push_back(c.id);
    f.params = {{"cell_degrees", o.cellDegrees},
                {"pseudo_count", o.pseudoCount},
                {"images", static_cast<double>(seen.size())}};
    f.tensors = {std::move(start), std::move(cls), std::move(count)};
    return f;
}

GridPrior::GridPrior(const GeoFile& f, const std::string& label) {
    cell_ = f.param("cell_degrees", label);
    alpha_ = f.param("pseudo_count", label);
    if (!(cell_ > 0) || cell_ > 180 || !(alpha_ > 0))
        throw Error(label + ": bad grid parameters (cell size or pseudo-count)");
    latCells_ = static_cast<int32_t>(std::lround(180.0 / cell_));
    lonCells_ = 2 * latCells_;
    classes_ = static_cast<int32_t>(f.categoryIds.size());
    const GeoTensor& start = f.tensor("cell_start", label, {int64_t(lonCells_) * latCells_ + 1});
    const GeoTensor& cls = f.tensor("cell_class", label);
    const GeoTensor& count = f.tensor("cell_count", label, cls.shape);
    if (!start.integer || !cls.integer || count.integer)
        throw Error(label + ": grid tensors have the wrong value types");
    // Every index is checked once here, so evaluate() can trust them.
    if (start.i.front() != 0 || start.i.back() != static_cast<int32_t>(cls.i.size()) ||
        !std::is_sorted(start.i.begin(), start.i.end()))
        throw Error(label + ": grid cell offsets are damaged");
    for (int32_t c : cls.i)
        if (c < 0 || c >= classes_) throw Error(label + ": grid holds a class out of range");
    start_ = start.i.data();
    cls_ = cls.i.data();
    count_ = count.f.data();
}

int32_t GridPrior::cellOf(const GeoPoint& p) const {
    return cellIndex(p.lon * 180.0, p.lat * 90.0, cell_, lonCells_, latCells_);
}

void GridPrior::evaluate(const GeoPoint& p, float* out) const {
    const int32_t cell = cellOf(p);
    double total = 0;
    for (int32_t e = start_[cell]; e < start_[cell + 1]; ++e)
        total += count_[e];
    const double norm = total + alpha_ * classes_;
    std::fill(out, out + classes_, static_cast<float>(alpha_ / norm));
    for (int32_t e = start_[cell]; e < start_[cell + 1]; ++e)
        out[cls_[e]] = static_cast<float>((count_[e] + alpha_) / norm);
}

}  // namespace taxa::geo
