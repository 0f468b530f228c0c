// Samplers: distributions over many draws, exact instance epochs, determinism, resumption.

#include <QtTest>
#include <cmath>
#include <set>

#include "data/Sampler.h"
#include "util/Error.h"

using namespace taxa;

namespace {

// Long-tailed labels: class c has counts[c] items.
std::vector<int32_t> labelsFor(const std::vector<int>& counts) {
    std::vector<int32_t> labels;
    for (size_t c = 0; c < counts.size(); ++c)
        labels.insert(labels.end(), size_t(counts[c]), int32_t(c));
    return labels;
}

const std::vector<int> kCounts{200, 50, 20, 8, 2};

SamplerConfig config(SamplerKind kind, uint64_t seed = 9, double q = 1) {
    SamplerConfig c;
    c.kind = kind;
    c.seed = seed;
    c.q = q;
    return c;
}

}  // namespace

class TestSampler : public QObject {
    Q_OBJECT

  private slots:
    void instanceEpochVisitsEveryItemOnce() {
        Sampler s(labelsFor(kCounts), 5, config(SamplerKind::Instance));
        QCOMPARE(s.epochLength(), int64_t(280));
        std::vector<int64_t> first;
        for (int e = 0; e < 3; ++e) {
            std::vector<int64_t> seen;
            for (int i = 0; i < 280; ++i)
                seen.push_back(s.next());
            QCOMPARE(s.epoch(), int64_t(e));
            std::vector<int64_t> sorted = seen;
            std::sort(sorted.begin(), sorted.end());
            for (int64_t i = 0; i < 280; ++i)
                QCOMPARE(sorted[size_t(i)], i);
            if (e == 0)
                first = seen;
            else
                QVERIFY(seen != first);  // reshuffled each epoch
        }
    }

    void classProbabilitiesFollowThePower_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("q");
        QTest::newRow("class-balanced") << int(SamplerKind::ClassBalanced) << 0.0;
        QTest::newRow("square-root") << int(SamplerKind::SquareRoot) << 0.5;
        QTest::newRow("power 0.3") << int(SamplerKind::Power) << 0.3;
        QTest::newRow("power 1") << int(SamplerKind::Power) << 1.0;
    }

    void classProbabilitiesFollowThePower() {
        QFETCH(int, kind);
        QFETCH(double, q);
        const auto labels = labelsFor(kCounts);
        Sampler s(labels, 5, config(SamplerKind(kind), 4, q));
        double total = 0;
        for (int n : kCounts)
            total += std::pow(n, q);
        const int draws = 200000;
        std::vector<int> hits(5, 0);
        for (int i = 0; i < draws; ++i)
            ++hits[size_t(labels[size_t(s.next())])];
        for (size_t c = 0; c < 5; ++c) {
            const double p = std::pow(kCounts[c], q) / total;
            QVERIFY(std::abs(s.classProbability(int32_t(c)) - p) < 1e-12);
            // Within 5 standard deviations of the binomial count.
            const double sd = std::sqrt(draws * p * (1 - p));
            QVERIFY2(std::abs(hits[c] - draws * p) < 5 * sd,
                     qPrintable(QString("class %1: %2 vs %3").arg(c).arg(hits[c]).arg(draws * p)));
        }
    }

    void classesCycleThroughTheirImages() {
        const auto labels = labelsFor(kCounts);
        Sampler s(labels, 5, config(SamplerKind::ClassBalanced));
        std::vector<std::vector<int64_t>> perClass(5);
        for (int i = 0; i < 5000; ++i) {
            const int64_t item = s.next();
            perClass[size_t(labels[size_t(item)])].push_back(item);
        }
        // Every run of n_c consecutive draws of class c holds each of its items once.
        for (size_t c = 0; c < 5; ++c) {
            const size_t n = size_t(kCounts[c]);
            for (size_t start = 0; start + n <= perClass[c].size(); start += n) {
                std::set<int64_t> round(perClass[c].begin() + long(start),
                                        perClass[c].begin() + long(start + n));
                QCOMPARE(round.size(), n);
            }
        }
    }

    void deterministicForASeed() {
        Sampler a(labelsFor(kCounts), 5, config(SamplerKind::SquareRoot, 77));
        Sampler b(labelsFor(kCounts), 5, config(SamplerKind::SquareRoot, 77));
        Sampler c(labelsFor(kCounts), 5, config(SamplerKind::SquareRoot, 78));
        std::vector<int64_t> x, y, z;
        for (int i = 0; i < 500; ++i)
            x.push_back(a.next()), y.push_back(b.next()), z.push_back(c.next());
        QCOMPARE(x, y);
        QVERIFY(x != z);
    }

    void stateRoundTrip_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("before");
        QTest::newRow("instance mid-epoch") << int(SamplerKind::Instance) << 100;
        QTest::newRow("instance at epoch end") << int(SamplerKind::Instance) << 280;
        QTest::newRow("balanced mid-epoch") << int(SamplerKind::ClassBalanced) << 123;
        QTest::newRow("sqrt second epoch") << int(SamplerKind::SquareRoot) << 400;
    }

    void stateRoundTrip() {
        QFETCH(int, kind);
        QFETCH(int, before);
        Sampler a(labelsFor(kCounts), 5, config(SamplerKind(kind)));
        for (int i = 0; i < before; ++i)
            a.next();
        const std::string state = a.saveState();
        std::vector<int64_t> expected;
        for (int i = 0; i < 600; ++i)
            expected.push_back(a.next());

        Sampler b(labelsFor(kCounts), 5, config(SamplerKind(kind)));
        b.restoreState(state);
        QCOMPARE(b.saveState(), state);
        std::vector<int64_t> resumed;
        for (int i = 0; i < 600; ++i)
            resumed.push_back(b.next());
        QCOMPARE(resumed, expected);
        QCOMPARE(b.epoch(), a.epoch());
    }

    void refusesForeignStates() {
        Sampler a(labelsFor(kCounts), 5, config(SamplerKind::ClassBalanced));
        const std::string state = a.saveState();
        Sampler otherKind(labelsFor(kCounts), 5, config(SamplerKind::SquareRoot));
        QVERIFY_THROWS_EXCEPTION(Error, otherKind.restoreState(state));
        Sampler otherData(labelsFor({10, 10}), 2, config(SamplerKind::ClassBalanced));
        QVERIFY_THROWS_EXCEPTION(Error, otherData.restoreState(state));
        QVERIFY_THROWS_EXCEPTION(Error, a.restoreState("{not json"));
        QVERIFY_THROWS_EXCEPTION(Error, a.restoreState("{}"));
        QVERIFY_THROWS_EXCEPTION(Error, Sampler({}, 1, config(SamplerKind::Instance)));
        QVERIFY_THROWS_EXCEPTION(Error, Sampler({0, 3}, 2, config(SamplerKind::Instance)));
        QVERIFY_THROWS_EXCEPTION(Error, parseSamplerKind("random"));
        QCOMPARE(parseSamplerKind("sqrt"), SamplerKind::SquareRoot);
    }
};

QTEST_APPLESS_MAIN(TestSampler)
#include "test_sampler.moc"
