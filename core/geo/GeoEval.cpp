#include "geo/GeoEval.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "geo/GeoCombine.h"
#include "util/Error.h"

namespace taxa::geo {

namespace {

constexpr size_t kBatch = 256;

// Rank of the truth among the scores: how many classes score strictly higher, ties going to
// the lower class index first (as a stable sort by score would order them).
int32_t rankOf(const float* scores, int32_t classes, int32_t truth) {
    int32_t rank = 0;
    const float t = scores[truth];
    for (int32_t c = 0; c < classes; ++c)
        if (scores[c] > t || (scores[c] == t && c < truth)) ++rank;
    return rank;
}

std::string fixed(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", x);
    return buf;
}

}  // namespace

std::vector<int32_t> classesByFrequency(const Dataset& ds) {
    const std::vector<int64_t> counts = ds.classCounts(Split::Train);
    std::vector<int32_t> order(counts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) {
        return counts[static_cast<size_t>(a)] > counts[static_cast<size_t>(b)];
    });
    return order;
}

GeoEvaluation evaluatePrior(const GeoPrior& prior, const Dataset& ds, Split split,
                            const ProgressFn& progress) {
    prior.requireFor(ds);
    LocatedImages located = locatedImages(ds, split);
    GeoEvaluation e;
    for (const ImageRecord& im : ds.images)
        if (im.split == split && im.label >= 0) ++e.unlocated;
    // Only labelled images are scored.
    size_t kept = 0;
    for (size_t i = 0; i < located.images.size(); ++i)
        if (ds.images[located.images[i]].label >= 0) {
            located.images[kept] = located.images[i];
            located.points[kept++] = located.points[i];
        }
    located.images.resize(kept);
    located.points.resize(kept);
    if (kept == 0)
        throw Error(ds.root + ": no labelled " + splitName(split) +
                    " image has a location to score the prior on");
    e.images = static_cast<int64_t>(kept);
    e.unlocated -= e.images;

    const std::vector<int32_t> frequent = classesByFrequency(ds);
    std::vector<int32_t> frequencyRank(frequent.size());
    for (size_t r = 0; r < frequent.size(); ++r)
        frequencyRank[static_cast<size_t>(frequent[r])] = static_cast<int32_t>(r);
    const int32_t k = prior.classes();
    std::vector<float> scores(kBatch * static_cast<size_t>(k));
    int64_t hits[2][2] = {};  // [geo, frequency][top-1, top-3]
    for (size_t first = 0; first < kept; first += kBatch) {
        reportOrCancel(progress, "Scoring the prior", static_cast<int64_t>(first),
                       static_cast<int64_t>(kept));
        const size_t n = std::min(kBatch, kept - first);
        prior.evaluate(located.points.data() + first, n, scores.data());
        for (size_t i = 0; i < n; ++i) {
            const int32_t truth = ds.images[located.images[first + i]].label;
            const int32_t ranks[2] = {rankOf(&scores[i * static_cast<size_t>(k)], k, truth),
                                      frequencyRank[static_cast<size_t>(truth)]};
            for (int which = 0; which < 2; ++which) {
                hits[which][0] += ranks[which] < 1;
                hits[which][1] += ranks[which] < 3;
            }
        }
    }
    const auto n = static_cast<double>(kept);
    e.geo = {hits[0][0] / n, hits[0][1] / n};
    e.frequency = {hits[1][0] / n, hits[1][1] / n};
    return e;
}

std::string evaluationToJson(const GeoEvaluation& e, const std::string& kind) {
    auto pair = [](const TopAccuracy& a) {
        return "{\"top1_accuracy\": " + fixed(a.top1) + ", \"top3_accuracy\": " + fixed(a.top3) +
               "}";
    };
    return "{\"kind\": \"" + kind + "\", \"geo\": " + pair(e.geo) +
           ", \"frequency\": " + pair(e.frequency) + ", \"images\": " + std::to_string(e.images) +
           ", \"unlocated\": " + std::to_string(e.unlocated) + "}\n";
}

std::string evaluationToText(const GeoEvaluation& e, const std::string& kind) {
    char buf[512];
    std::snprintf(buf, sizeof buf,
                  "%lld images with a location (%lld without, not scored)\n"
                  "%-24s %8s %8s\n"
                  "%-24s %7.2f%% %7.2f%%\n"
                  "%-24s %7.2f%% %7.2f%%\n",
                  static_cast<long long>(e.images), static_cast<long long>(e.unlocated), "prior",
                  "top-1", "top-3", (kind + " prior alone").c_str(), 100 * e.geo.top1,
                  100 * e.geo.top3, "class frequency", 100 * e.frequency.top1,
                  100 * e.frequency.top3);
    return buf;
}

}  // namespace taxa::geo
