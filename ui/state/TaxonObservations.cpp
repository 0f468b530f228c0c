#include "state/TaxonObservations.h"

#include "geo/GeoEncoding.h"

std::vector<int32_t> classesUnder(const taxa::Taxonomy& tax, int32_t node) {
    std::vector<int32_t> out, stack{node};
    while (!stack.empty()) {
        const taxa::TaxonNode& n = tax.node(stack.back());
        stack.pop_back();
        if (n.classIndex >= 0) out.push_back(n.classIndex);
        stack.insert(stack.end(), n.children.begin(), n.children.end());
    }
    return out;
}

std::vector<int32_t> classesOfSupercategory(const taxa::Taxonomy& tax, int index) {
    std::vector<int32_t> out;
    for (int32_t c = 0; c < tax.classCount(); ++c)
        if (tax.supercategoryOf(c) == index) out.push_back(c);
    return out;
}

TaxonObservations observationsOf(const LoadedDataset& data, const std::vector<int32_t>& classes) {
    TaxonObservations o;
    const taxa::Dataset& ds = data.dataset;
    for (int32_t c : classes) {
        for (int32_t index : data.imagesOf(c)) {
            const taxa::ImageRecord& im = ds.images[static_cast<size_t>(index)];
            if (im.split == taxa::Split::Test) continue;
            const int s = im.split == taxa::Split::Train ? TaxonObservations::kTrain
                                                         : TaxonObservations::kVal;
            ++o.images[s];
            const taxa::Location* loc = ds.location(im);
            taxa::geo::GeoPoint p;
            if (!loc || !taxa::geo::toGeoPoint(*loc, p)) {
                ++o.unlocated[s];
                continue;
            }
            o.lon[s].push_back(loc->lon);
            o.lat[s].push_back(loc->lat);
            const int month = taxa::geo::monthOf(loc->date);
            if (month > 0)
                ++o.months[s][static_cast<size_t>(month - 1)];
            else
                ++o.undated[s];
        }
    }
    return o;
}
