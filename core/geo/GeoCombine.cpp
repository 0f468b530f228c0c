#include "geo/GeoCombine.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "dataset/IdIndex.h"
#include "util/Error.h"

namespace taxa::geo {

namespace {

// Located images are evaluated this many at a time (bounds the n x K scores).
constexpr size_t kBatch = 256;

}  // namespace

bool combineWithPrior(float* probs, const float* prior, int32_t classes) {
    double sum = 0;
    for (int32_t k = 0; k < classes; ++k)
        sum += static_cast<double>(probs[k]) * prior[k];
    if (!(sum > 0) || !std::isfinite(sum)) return false;
    for (int32_t k = 0; k < classes; ++k)
        probs[k] = static_cast<float>(probs[k] * static_cast<double>(prior[k]) / sum);
    return true;
}

bool rerankWithPrior(Prediction& row, const float* prior) {
    const size_t n = row.classes.size();
    if (row.scores.size() != n || n == 0) return false;
    std::vector<float> q(n), s = row.scores;
    for (size_t i = 0; i < n; ++i)
        q[i] = prior[row.classes[i]];
    if (!combineWithPrior(s.data(), q.data(), static_cast<int32_t>(n))) return false;
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return s[a] > s[b]; });
    Prediction out;
    out.imageId = row.imageId;
    for (size_t i : order) {
        out.classes.push_back(row.classes[i]);
        out.scores.push_back(s[i]);
    }
    row = std::move(out);
    return true;
}

LocatedImages locatedImages(const Dataset& ds, Split split) {
    LocatedImages out;
    for (size_t i = 0; i < ds.images.size(); ++i) {
        const ImageRecord& im = ds.images[i];
        const Location* loc = ds.location(im);
        GeoPoint p;
        if (im.split != split || !loc || !toGeoPoint(*loc, p)) continue;
        out.images.push_back(i);
        out.points.push_back(p);
    }
    return out;
}

PredictionSet applyPrior(const PredictionSet& p, const GeoPrior& prior, const Dataset& ds,
                         CombineStats* stats, const ProgressFn& progress) {
    prior.requireFor(ds);
    for (const auto& row : p.rows)
        if (row.scores.size() != row.classes.size() || row.scores.empty())
            throw Error(
                "predictions without scores cannot be combined with a prior (a Kaggle "
                "CSV keeps none: use the top-k store FILE.topk.csv)");
    std::vector<int64_t> ids;
    for (const auto& row : p.rows)
        ids.push_back(row.imageId);
    IdIndex rowOf;
    rowOf.build(ids);
    PredictionSet out = p;
    const LocatedImages located = locatedImages(ds, p.split);
    const auto k = static_cast<size_t>(prior.classes());
    std::vector<float> scores(kBatch * k);
    CombineStats s;
    for (size_t first = 0; first < located.images.size(); first += kBatch) {
        reportOrCancel(progress, "Combining with the prior", static_cast<int64_t>(first),
                       static_cast<int64_t>(located.images.size()));
        const size_t n = std::min(kBatch, located.images.size() - first);
        prior.evaluate(located.points.data() + first, n, scores.data());
        for (size_t i = 0; i < n; ++i) {
            const int64_t r = rowOf.find(ds.images[located.images[first + i]].id);
            if (r >= 0 && rerankWithPrior(out.rows[static_cast<size_t>(r)], &scores[i * k]))
                ++s.combined;
        }
    }
    s.unlocated = static_cast<int64_t>(p.rows.size()) - s.combined;
    if (stats) *stats = s;
    return out;
}

std::function<void(const std::vector<size_t>&, float*, int64_t)> priorReweighting(
    std::shared_ptr<const GeoPrior> prior, const Dataset& ds) {
    prior->requireFor(ds);
    return [prior, &ds](const std::vector<size_t>& images, float* probs, int64_t classes) {
        std::vector<GeoPoint> points;
        std::vector<size_t> rows;
        for (size_t i = 0; i < images.size(); ++i) {
            const Location* loc = ds.location(ds.images[images[i]]);
            GeoPoint p;
            if (!loc || !toGeoPoint(*loc, p)) continue;
            points.push_back(p);
            rows.push_back(i);
        }
        std::vector<float> scores(points.size() * static_cast<size_t>(classes));
        prior->evaluate(points.data(), points.size(), scores.data());
        for (size_t j = 0; j < rows.size(); ++j)
            combineWithPrior(probs + rows[j] * static_cast<size_t>(classes),
                             &scores[j * static_cast<size_t>(classes)],
                             static_cast<int32_t>(classes));
    };
}

}  // namespace taxa::geo
