#include "embed/FuzzyGraph.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace taxa::embed {

namespace {

constexpr int kSearchSteps = 64;
constexpr double kTolerance = 1e-5;
constexpr double kMinDistanceScale = 1e-3;  // sigma at least this x the mean distance

// rho: distance to the nearest neighbour at a positive distance (local connectivity 1).
double nearestPositive(const double* d, size_t k) {
    for (size_t j = 0; j < k; ++j)
        if (d[j] > 0) return d[j];
    return 0;
}

// sigma such that sum_j exp(-max(0, d_j - rho) / sigma) = log2(k + 1) over the k others, by
// bisection, as umap-learn's smooth_knn_dist (whose k neighbours include the point itself).
double bandwidth(const double* d, size_t k, double rho, double meanAll) {
    const double target = std::log2(double(k + 1));
    double lo = 0, hi = INFINITY, mid = 1;
    for (int step = 0; step < kSearchSteps; ++step) {
        double sum = 0;
        for (size_t j = 0; j < k; ++j) {
            const double gap = d[j] - rho;
            sum += gap > 0 ? std::exp(-gap / mid) : 1.0;
        }
        if (std::abs(sum - target) < kTolerance) break;
        if (sum > target) {
            hi = mid;
            mid = (lo + hi) / 2;
        } else {
            lo = mid;
            mid = std::isinf(hi) ? mid * 2 : (lo + hi) / 2;
        }
    }
    double mean = 0;
    for (size_t j = 0; j < k; ++j)
        mean += d[j];
    mean /= double(k);
    return std::max(mid, kMinDistanceScale * (rho > 0 ? mean : meanAll));
}

struct Directed {
    uint32_t head, tail;
    float weight;
};

// Membership strength of each directed k-NN edge.
std::vector<Directed> memberships(const KnnGraph& knn) {
    const size_t n = knn.count(), k = knn.k;
    double meanAll = 0;
    for (float s : knn.similarity)
        meanAll += 1.0 - double(s);
    meanAll /= double(std::max<size_t>(1, knn.similarity.size()));
    std::vector<Directed> out;
    out.reserve(n * k);
    std::vector<double> d(k);
    for (size_t i = 0; i < n; ++i) {
        size_t valid = 0;
        for (size_t j = 0; j < k; ++j)
            if (knn.neighbours[i * k + j] != kNoNeighbour)
                d[valid++] = std::max(0.0, 1.0 - double(knn.similarity[i * k + j]));
        if (!valid) continue;
        const double rho = nearestPositive(d.data(), valid);
        const double sigma = bandwidth(d.data(), valid, rho, meanAll);
        for (size_t j = 0, v = 0; j < k; ++j) {
            const uint32_t t = knn.neighbours[i * k + j];
            if (t == kNoNeighbour) continue;
            const double gap = d[v++] - rho;
            out.push_back({uint32_t(i), t, float(gap > 0 ? std::exp(-gap / sigma) : 1.0)});
        }
    }
    return out;
}

}  // namespace

FuzzyGraph fuzzyGraph(const KnnGraph& knn) {
    std::vector<Directed> a = memberships(knn);
    // Both directions of every edge, sorted, so that a -> b and b -> a meet side by side.
    std::vector<Directed> both;
    both.reserve(2 * a.size());
    for (const Directed& e : a) {
        both.push_back(e);
        both.push_back({e.tail, e.head, -e.weight});  // negative: the transpose's entry
    }
    std::sort(both.begin(), both.end(), [](const Directed& x, const Directed& y) {
        return x.head != y.head ? x.head < y.head : x.tail < y.tail;
    });
    FuzzyGraph g;
    g.points = knn.count();
    for (size_t i = 0; i < both.size();) {
        double forward = 0, backward = 0;
        size_t j = i;
        for (; j < both.size() && both[j].head == both[i].head && both[j].tail == both[i].tail; ++j)
            (both[j].weight > 0 ? forward : backward) = std::abs(double(both[j].weight));
        const double w = forward + backward - forward * backward;
        if (w > 0) {
            g.head.push_back(both[i].head);
            g.tail.push_back(both[i].tail);
            g.weight.push_back(float(w));
        }
        i = j;
    }
    return g;
}

}  // namespace taxa::embed
