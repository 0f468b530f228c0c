#include "embed/SgdLayout.h"

#include <algorithm>
#include <cmath>

#include "embed/FastPow.h"
#include "embed/Parallel.h"
#include "util/Rng.h"

namespace taxa::embed {

namespace {

constexpr size_t kBlock = 1024;  // points per block of work (and per random stream)
constexpr float kClip = 4.0f;

float clip(float g) {
    return std::clamp(g, -kClip, kClip);
}

// Residual and Jacobian of the fit of 1 / (1 + a x^(2b)) to the target curve at one x.
struct CurveTerm {
    double residual, da, db;
};

CurveTerm curveTerm(double x, double target, double a, double b) {
    const double u = x > 0 ? std::pow(x, 2 * b) : 0.0;
    const double f = 1 / (1 + a * u);
    const double df = -f * f;  // d f / d (a u)
    return {f - target, df * u, x > 0 ? df * a * u * 2 * std::log(x) : 0.0};
}

// Edges sorted by head, as offsets: point i's edges are [first[i], first[i + 1]).
std::vector<size_t> headOffsets(const FuzzyGraph& g, const std::vector<size_t>& kept) {
    std::vector<size_t> first(g.points + 1, 0);
    for (size_t e : kept)
        ++first[g.head[e] + 1];
    for (size_t i = 0; i < g.points; ++i)
        first[i + 1] += first[i];
    return first;
}

// The sampling schedule of the edges that are sampled at least once (umap-learn drops edges
// lighter than max / epochs): one sample every max / w epochs, negatives negativeRate times
// as often.
struct Schedule {
    std::vector<uint32_t> tail;
    std::vector<float> every, nextSample, everyNegative, nextNegative;
    std::vector<size_t> first;
};

Schedule scheduleOf(const FuzzyGraph& g, int epochs, int negativeRate) {
    const float top = g.weight.empty() ? 1.0f : *std::max_element(g.weight.begin(), g.weight.end());
    std::vector<size_t> kept;
    for (size_t e = 0; e < g.weight.size(); ++e)
        if (g.weight[e] >= top / float(epochs)) kept.push_back(e);
    Schedule s;
    s.first = headOffsets(g, kept);
    for (size_t e : kept) {  // already in head order
        s.tail.push_back(g.tail[e]);
        s.every.push_back(top / g.weight[e]);
        s.everyNegative.push_back(s.every.back() / float(negativeRate));
    }
    s.nextSample = s.every;
    s.nextNegative = s.everyNegative;
    return s;
}

struct Curve {
    float a, b;
};

// A positive sample and its negative samples are computed side by side, kLanes at a time, all
// against the point's position before the sample (umap-learn moves the point after each): their
// x^b, which most of the layout's time was, then take one vector call. Lane 0 of a sample's
// first batch is the edge's tail; the other lanes are negative samples.
constexpr int kLanes = 8;

struct Lanes {
    float x[kLanes], y[kLanes];
    float weight[kLanes];  ///< 0 for an empty lane or a negative sample that drew the point.
};

// Moves @p me by the lanes: attraction to lane 0 when @p attracting, repulsion from the rest
// (a coincident negative pushes by the clip, as umap-learn's).
void moveBy(const Curve& c, const Lanes& l, bool attracting, float alpha, float* me) {
    float dx[kLanes], dy[kLanes], d2[kLanes], x[kLanes], p[kLanes];
    for (int t = 0; t < kLanes; ++t) {
        dx[t] = me[0] - l.x[t];
        dy[t] = me[1] - l.y[t];
        d2[t] = dx[t] * dx[t] + dy[t] * dy[t];
        x[t] = std::clamp(d2[t], 1e-30f, 1e30f);
    }
    static_assert(kLanes == 8, "fastPow8 takes eight");
    fastPow8(x, c.b, p);
    float gx[kLanes], gy[kLanes];
    for (int t = 0; t < kLanes; ++t) {
        const float g = 2 * c.b / ((0.001f + d2[t]) * (c.a * p[t] + 1));
        gx[t] = l.weight[t] * (d2[t] > 0 ? clip(g * dx[t]) : kClip);
        gy[t] = l.weight[t] * (d2[t] > 0 ? clip(g * dy[t]) : kClip);
    }
    if (attracting) {
        // Twice: umap-learn also moves the tail of each edge, and the graph holds both
        // directions of every edge, so each end is pulled twice per sample there.
        const float g = d2[0] > 1e-30f ? -2 * c.a * c.b * p[0] / d2[0] / (c.a * p[0] + 1) : 0;
        gx[0] = 2 * clip(g * dx[0]);
        gy[0] = 2 * clip(g * dy[0]);
    }
    for (int t = 0; t < kLanes; ++t) {
        me[0] += gx[t] * alpha;
        me[1] += gy[t] * alpha;
    }
}

// One positive sample of the edge to @p other and @p negatives negative samples for point i.
void sample(const Curve& c, size_t i, const float* other, int negatives, size_t points, float alpha,
            const std::vector<float>& before, float* me, Rng& rng) {
    bool attracting = true;
    for (int drawn = 0; attracting || drawn < negatives;) {
        Lanes l{};
        int t = 0;
        if (attracting) {
            l.x[0] = other[0];
            l.y[0] = other[1];
            l.weight[0] = 1;
            t = 1;
        }
        for (; t < kLanes && drawn < negatives; ++t, ++drawn) {
            const size_t j = size_t(rng.below(points));
            l.weight[t] = j != i;
            l.x[t] = before[2 * j];
            l.y[t] = before[2 * j + 1];
        }
        moveBy(c, l, attracting, alpha, me);
        attracting = false;
    }
}

// One epoch for the points [begin, end): each moves by its due edges and negative samples,
// against the others' positions in @p before.
void epochBlock(Schedule& s, const Curve& c, size_t points, int epoch, float alpha,
                const std::vector<float>& before, std::vector<float>& pos, Rng& rng, size_t begin,
                size_t end) {
    for (size_t i = begin; i < end; ++i) {
        float* me = &pos[2 * i];
        for (size_t e = s.first[i]; e < s.first[i + 1]; ++e) {
            if (s.nextSample[e] > float(epoch)) continue;
            s.nextSample[e] += s.every[e];
            const int negatives = int((float(epoch) - s.nextNegative[e]) / s.everyNegative[e]);
            sample(c, i, &before[2 * size_t(s.tail[e])], negatives, points, alpha, before, me, rng);
            s.nextNegative[e] += float(negatives) * s.everyNegative[e];
        }
    }
}

}  // namespace

void curveParameters(double minDist, double spread, double& a, double& b) {
    // Levenberg-Marquardt from (1, 1) on 300 points of [0, 3 spread], as scipy's curve_fit.
    a = 1;
    b = 1;
    double lambda = 1e-3;
    auto cost = [&](double ca, double cb) {
        double sum = 0;
        for (int i = 0; i < 300; ++i) {
            const double x = 3 * spread * i / 299;
            const double y = x < minDist ? 1.0 : std::exp(-(x - minDist) / spread);
            const double r = curveTerm(x, y, ca, cb).residual;
            sum += r * r;
        }
        return sum;
    };
    for (int iter = 0; iter < 200; ++iter) {
        double haa = 0, hab = 0, hbb = 0, ga = 0, gb = 0;
        for (int i = 0; i < 300; ++i) {
            const double x = 3 * spread * i / 299;
            const double y = x < minDist ? 1.0 : std::exp(-(x - minDist) / spread);
            const CurveTerm t = curveTerm(x, y, a, b);
            haa += t.da * t.da;
            hab += t.da * t.db;
            hbb += t.db * t.db;
            ga += t.da * t.residual;
            gb += t.db * t.residual;
        }
        const double paa = haa * (1 + lambda), pbb = hbb * (1 + lambda);
        const double det = paa * pbb - hab * hab;
        const double stepA = -(pbb * ga - hab * gb) / det, stepB = -(paa * gb - hab * ga) / det;
        if (cost(a + stepA, b + stepB) < cost(a, b)) {
            a += stepA;
            b += stepB;
            lambda /= 10;
            if (std::abs(stepA) < 1e-10 && std::abs(stepB) < 1e-10) break;
        } else {
            lambda *= 10;
        }
    }
}

void sgdLayout(const FuzzyGraph& graph, std::vector<float>& positions, const SgdOptions& o,
               const ProgressFn& progress) {
    const int epochs = o.epochs > 0 ? o.epochs : graph.points <= 10000 ? 500 : 200;
    double a = 0, b = 0;
    curveParameters(o.minDist, o.spread, a, b);
    const Curve curve{float(a), float(b)};
    Schedule s = scheduleOf(graph, epochs, o.negativeRate);
    std::vector<float> before;
    const int threads = threadCount(o.threads);
    for (int epoch = 0; epoch < epochs; ++epoch) {
        reportOrCancel(progress, "Laying out", epoch, epochs);
        before = positions;
        const float alpha = float(o.learningRate * (1.0 - double(epoch) / epochs));
        forBlocks(graph.points, kBlock, threads, [&](size_t block, size_t begin, size_t end) {
            Rng rng(o.seed ^ (uint64_t(epoch) << 40) ^ (uint64_t(block) * 0x9E3779B97F4A7C15ull));
            epochBlock(s, curve, graph.points, epoch, alpha, before, positions, rng, begin, end);
        });
    }
    reportOrCancel(progress, "Laying out", epochs, epochs);
}

}  // namespace taxa::embed
