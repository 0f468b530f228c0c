// The 2-D feature map: groups known in advance stay apart (each point's nearest points in the
// map are of its own group, and its nearest neighbours in feature space stay near it, measured
// by trustworthiness as Venna and Kaski define it), the same seed gives the same map on any
// number of threads, another seed another map; the fuzzy graph is symmetric with the
// memberships UMAP defines; the curve fit gives umap-learn's a and b; progress can cancel; the
// map file round trips and a truncated or foreign one is one line naming it.

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>

#include "EmbedFixtures.h"
#include "embed/CosineIndex.h"
#include "embed/FastPow.h"
#include "embed/FeatureMap.h"
#include "embed/FuzzyGraph.h"
#include "util/Error.h"

using namespace taxa;

namespace {

// Indices of the k nearest other rows by a distance function, brute force.
template <class D>
std::vector<size_t> nearestBy(size_t i, size_t n, size_t k, D distance) {
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    order.erase(order.begin() + long(i));
    std::partial_sort(order.begin(), order.begin() + long(k), order.end(),
                      [&](size_t a, size_t b) { return distance(a) < distance(b); });
    order.resize(k);
    return order;
}

double mapDistance(const embed::FeatureMap& m, size_t a, size_t b) {
    const double dx = m.xy[2 * a] - m.xy[2 * b], dy = m.xy[2 * a + 1] - m.xy[2 * b + 1];
    return dx * dx + dy * dy;
}

// Share of each point's k nearest points in the map that are of its own group.
double groupPurity(const embed::FeatureMap& m, int perGroup, size_t k) {
    double same = 0;
    for (size_t i = 0; i < m.count(); ++i)
        for (size_t j : nearestBy(i, m.count(), k, [&](size_t o) { return mapDistance(m, i, o); }))
            same += int(j) / perGroup == int(i) / perGroup;
    return same / double(m.count() * k);
}

// Trustworthiness (Venna and Kaski 2001; scikit-learn's sklearn.manifold.trustworthiness):
// 1 - 2 / (n k (2n - 3k - 1)) x sum over map neighbours that are not feature neighbours of
// (their feature-space rank - k).
double trustworthiness(const FeatureStore& s, const embed::FeatureMap& m, size_t k) {
    const size_t n = m.count();
    double penalty = 0;
    for (size_t i = 0; i < n; ++i) {
        std::vector<double> d(n);
        for (size_t j = 0; j < n; ++j)
            d[j] = j == i ? -1 : 1 - fixtures::rowCosine(s, i, j);
        std::vector<size_t> byFeature(n);
        std::iota(byFeature.begin(), byFeature.end(), 0);
        std::sort(byFeature.begin(), byFeature.end(),
                  [&](size_t a, size_t b) { return d[a] < d[b]; });
        std::vector<size_t> rank(n);
        for (size_t r = 0; r < n; ++r)
            rank[byFeature[r]] = r;  // 0 is the point itself
        for (size_t j : nearestBy(i, n, k, [&](size_t o) { return mapDistance(m, i, o); }))
            if (rank[j] > k) penalty += double(rank[j] - k);
    }
    return 1 - 2.0 / (double(n) * k * (2.0 * n - 3.0 * k - 1)) * penalty;
}

embed::FeatureMap mapOf(const FeatureStore& s, uint64_t seed, int threads) {
    embed::FeatureMapOptions o;
    o.seed = seed;
    o.threads = threads;
    o.layout.epochs = 200;
    return embed::mapFeatures(s, o);
}

}  // namespace

class TestFeatureMap : public QObject {
    Q_OBJECT
    // 8 groups of 100 in 64 dimensions, cosine about 0.6 within a group, 0 across.
    const FeatureStore store_ = fixtures::groupedStore(8, 100, 64, 0.8, 3);

  private slots:
    void knownGroupsStayApart() {
        const embed::FeatureMap m = mapOf(store_, 1, 2);
        QCOMPARE(m.count(), store_.count());
        const double purity = groupPurity(m, 100, 10);
        const double trust = trustworthiness(store_, m, 10);
        qInfo("group purity of the 10 nearest in the map %.4f, trustworthiness %.4f", purity,
              trust);
        QVERIFY2(purity >= 0.98, qPrintable(QString::number(purity)));
        QVERIFY2(trust >= 0.90, qPrintable(QString::number(trust)));
        // A PCA of the same vectors alone mixes the groups: the layout does the separating.
        embed::FeatureMapOptions none;
        none.layout.epochs = 1;
        none.layout.learningRate = 0;
        QVERIFY(groupPurity(embed::mapFeatures(store_, none), 100, 10) < purity - 0.1);
    }

    void sameSeedSameMap() {
        const embed::FeatureMap a = mapOf(store_, 7, 1), b = mapOf(store_, 7, 2);
        QVERIFY(a.xy == b.xy);
        QVERIFY(a.xy != mapOf(store_, 8, 2).xy);
    }

    void fuzzyGraphIsSymmetric() {
        std::vector<uint32_t> all(store_.count());
        std::iota(all.begin(), all.end(), 0u);
        const auto v = embed::unitVectors(store_, all);
        const embed::CosineIndex index(v.data(), all.size(), store_.dims, 0);
        const embed::KnnGraph knn = embed::knnGraph(index, v.data(), store_.dims, 15, 2);
        // The graph's neighbours are the brute-force ones, nearly all.
        size_t agree = 0;
        for (size_t i = 0; i < 100; ++i) {
            const auto truth = nearestBy(
                i, all.size(), 15, [&](size_t o) { return -fixtures::rowCosine(store_, i, o); });
            for (size_t j = 0; j < 15; ++j)
                agree += std::count(truth.begin(), truth.end(), knn.neighbours[i * 15 + j]);
        }
        QVERIFY2(agree >= 1500 * 95 / 100, qPrintable(QString::number(agree)));
        const embed::FuzzyGraph g = embed::fuzzyGraph(knn);
        std::map<std::pair<uint32_t, uint32_t>, float> w;
        for (size_t e = 0; e < g.head.size(); ++e)
            w[{g.head[e], g.tail[e]}] = g.weight[e];
        for (const auto& [edge, weight] : w) {
            QCOMPARE(w.at({edge.second, edge.first}), weight);
            QVERIFY(weight > 0 && weight <= 1);
        }
        // Each point's nearest neighbour has membership 1 (distance rho), so weight 1.
        QCOMPARE(w.at({0, knn.neighbours[0]}), 1.0f);
    }

    // The layout's x^b against std::pow in double, over the squared distances a layout meets
    // (1e-12 to 1e6) and the exponents of min_dist 0 to 0.99.
    void fastPowMatchesPow() {
        double worst = 0;
        for (float b : {0.58f, 0.79f, 0.9f, 1.2f, 1.93f})
            for (double x = 1e-12; x < 1e6; x *= 1.0137) {
                const double want = std::pow(double(float(x)), double(b));
                const double got = embed::fastPow(float(x), b);
                worst = std::max(worst, std::abs(got - want) / want);
            }
        QVERIFY2(worst < 2e-5, qPrintable(QString::number(worst)));
        // Eight at a time (SSE2) gives the scalar function's values, bit for bit.
        const float x[8] = {1e-30f, 3e-7f, 0.01f, 0.7071f, 1.0f, 1.4143f, 37.5f, 1e30f};
        float lanes[8];
        embed::fastPow8(x, 0.79f, lanes);
        for (int t = 0; t < 8; ++t)
            QCOMPARE(lanes[t], embed::fastPowInRange(x[t], 0.79f));
        QCOMPARE(embed::fastPow(2.5f, 1.0f), 2.5f);
        QCOMPARE(embed::fastPow(1e-35f, 0.79f), 0.0f);
        QCOMPARE(double(embed::fastPow(4.0f, 0.5f)), 2.0);
    }

    void curveMatchesUmapLearn() {
        // umap-learn 0.5's find_ab_params(1.0, 0.1): a = 1.5769, b = 0.8951.
        double a = 0, b = 0;
        embed::curveParameters(0.1, 1.0, a, b);
        QVERIFY2(std::abs(a - 1.5769) < 2e-3 && std::abs(b - 0.8951) < 2e-3,
                 qPrintable(QString("%1 %2").arg(a).arg(b)));
    }

    void progressCancels() {
        embed::FeatureMapOptions o;
        QStringList stages;
        bool threw = false;
        try {
            embed::mapFeatures(store_, o, [&](const Progress& p) {
                if (!stages.contains(QString::fromStdString(p.stage)))
                    stages << QString::fromStdString(p.stage);
                return p.stage != "Laying out" || p.done < 3;
            });
        } catch (const Cancelled&) {
            threw = true;
        }
        QVERIFY(threw);
        QCOMPARE(stages, QStringList({"Indexing features", "Finding neighbours", "Fuzzy graph",
                                      "Laying out"}));
    }

    void fileRoundTripAndErrors() {
        QTemporaryDir dir;
        const std::string features = dir.filePath("features.bin").toStdString();
        const std::string path = embed::mapPathFor(features);
        QCOMPARE(path, dir.filePath("features.map.bin").toStdString());
        embed::FeatureMapOptions o;
        o.layout.epochs = 5;
        o.splits = {Split::Train};
        const embed::FeatureMap m = embed::mapFeatures(store_, o);
        embed::writeFeatureMap(m, path);
        const embed::FeatureMap back = embed::readFeatureMap(path);
        QVERIFY(back.xy == m.xy && back.imageIds == m.imageIds && back.splits == m.splits);
        QCOMPARE(back.neighbours, 15u);
        auto error = [](const std::string& p) {
            try {
                embed::readFeatureMap(p);
            } catch (const Error& e) {
                return QString(e.what());
            }
            return QString();
        };
        std::filesystem::resize_file(path, std::filesystem::file_size(path) - 3);
        QVERIFY(error(path).startsWith(QString::fromStdString(path) + ": "));
        QVERIFY(!error(path).contains('\n'));
        writeFeatureStore(store_, features);  // a feature store is not a map
        QVERIFY2(error(features).contains("not a feature map"), qPrintable(error(features)));
        o.splits = {Split::Val};  // none of the rows
        QVERIFY_THROWS_EXCEPTION(Error, embed::mapFeatures(store_, o));
    }
};

QTEST_GUILESS_MAIN(TestFeatureMap)
#include "test_featuremap.moc"
