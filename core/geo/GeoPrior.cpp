#include "geo/GeoPrior.h"

#include "geo/GridPrior.h"
#include "geo/NetPrior.h"

namespace taxa::geo {

GeoPrior::GeoPrior(GeoFile file, std::string label)
    : file_(std::move(file)), label_(std::move(label)) {
    if (isGrid())
        grid_ = std::make_unique<GridPrior>(file_, label_);
    else
        net_ = std::make_unique<NetPrior>(file_, label_);
}

GeoPrior::GeoPrior(GeoPrior&&) noexcept = default;
GeoPrior& GeoPrior::operator=(GeoPrior&&) noexcept = default;
GeoPrior::~GeoPrior() = default;

GeoPrior GeoPrior::load(const std::string& path) {
    return GeoPrior(readGeoFile(path), path);
}

void GeoPrior::requireFor(const Dataset& ds) const {
    requireSameClasses(file_, categoryIdsOf(ds), label_, ds.root);
}

void GeoPrior::evaluate(const GeoPoint* points, size_t n, float* out) const {
    if (net_) {
        net_->evaluate(points, n, out);
        return;
    }
    const auto k = static_cast<size_t>(classes());
    for (size_t i = 0; i < n; ++i)
        grid_->evaluate(points[i], out + i * k);
}

std::vector<int64_t> categoryIdsOf(const Dataset& ds) {
    std::vector<int64_t> ids;
    ids.reserve(ds.categories.size());
    for (const auto& c : ds.categories)
        ids.push_back(c.id);
    return ids;
}

}  // namespace taxa::geo
