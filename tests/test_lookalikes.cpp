// Look-alikes: the half-precision nearest-neighbour search against a brute-force cosine in
// double precision over the same stored values (whole store, a subset, odd widths, a zero
// row), known half-precision bit patterns, the store's file round trip and its one-line
// errors, and the dataset index's per-class queries against a brute force over the fixture.

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>

#include "TaxonomyDataset.h"
#include "eval/FeatureStore.h"
#include "eval/LookAlikes.h"
#include "eval/NearestNeighbours.h"
#include "util/Error.h"
#include "util/Fingerprint.h"

using namespace taxa;

namespace {

FeatureStore randomStore(size_t rows, int dims, uint32_t seed) {
    std::mt19937 gen(seed);
    std::normal_distribution<float> normal;
    FeatureStore s;
    s.dims = dims;
    std::vector<float> x(rows * size_t(dims));
    for (float& v : x)
        v = normal(gen);
    s.values.resize(x.size());
    floatToHalf(x.data(), x.size(), s.values.data());
    for (size_t r = 0; r < rows; ++r) {
        s.imageIds.push_back(int64_t(r));
        s.splits.push_back(uint8_t(Split::Train));
    }
    return s;
}

// Cosine in double over the stored (half) values.
double cosine(const FeatureStore& s, size_t row, const std::vector<float>& q) {
    const std::vector<float> x = featureRow(s, row);
    double dot = 0, xx = 0, qq = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        dot += double(x[i]) * q[i];
        xx += double(x[i]) * x[i];
        qq += double(q[i]) * q[i];
    }
    return xx > 0 && qq > 0 ? dot / std::sqrt(xx * qq) : 0;
}

// Every returned row has the brute-force similarity, and the similarities are the k largest.
void checkAgainstBruteForce(const FeatureStore& s, const std::vector<float>& q, size_t k,
                            const std::vector<uint32_t>* rows) {
    std::vector<double> all;
    const size_t n = rows ? rows->size() : s.count();
    for (size_t i = 0; i < n; ++i)
        all.push_back(cosine(s, rows ? (*rows)[i] : i, q));
    std::sort(all.rbegin(), all.rend());
    const std::vector<Neighbour> got = nearest(s, q.data(), k, rows);
    QCOMPARE(got.size(), std::min(k, n));
    for (size_t i = 0; i < got.size(); ++i) {
        QVERIFY(std::abs(got[i].similarity - cosine(s, got[i].row, q)) < 1e-5);
        QVERIFY(std::abs(got[i].similarity - all[i]) < 1e-5);
        if (rows) QVERIFY(std::count(rows->begin(), rows->end(), got[i].row) == 1);
    }
}

}  // namespace

class TestLookAlikes : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

  private slots:
    void halfPrecisionBits() {
        const float in[] = {1.0f, -2.0f, 65504.0f, 0.0f, 0.5f};
        const uint16_t bits[] = {0x3C00, 0xC000, 0x7BFF, 0x0000, 0x3800};
        uint16_t out[5];
        floatToHalf(in, 5, out);
        float back[5];
        halfToFloat(bits, 5, back);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(out[i], bits[i]);
            QCOMPARE(back[i], in[i]);
        }
    }

    void nearestMatchesBruteForce() {
        for (const int dims : {256, 67, 5}) {
            FeatureStore s = randomStore(3000, dims, uint32_t(dims));
            std::fill(s.values.begin() + 7 * dims, s.values.begin() + 8 * dims, 0);  // row 7
            std::mt19937 gen(99);
            std::normal_distribution<float> normal;
            std::vector<float> q(static_cast<size_t>(dims));
            for (float& v : q)
                v = normal(gen);
            checkAgainstBruteForce(s, q, 10, nullptr);
            checkAgainstBruteForce(s, q, 1, nullptr);
            std::vector<uint32_t> subset;
            for (uint32_t r = 3; r < 3000; r += 17)
                subset.push_back(r);
            checkAgainstBruteForce(s, q, 6, &subset);
            // A stored row finds itself first, at similarity 1.
            const std::vector<float> self = featureRow(s, 1234);
            const auto got = nearest(s, self.data(), 3);
            QCOMPARE(got.front().row, 1234u);
            QVERIFY(std::abs(got.front().similarity - 1) < 1e-5);
        }
        const FeatureStore s = randomStore(10, 8, 1);
        std::vector<float> zero(8, 0.0f);
        QCOMPARE(nearest(s, zero.data(), 3).front().similarity, 0.0f);
        QVERIFY(nearest(s, zero.data(), 0).empty());
    }

    void storeRoundTripAndErrors() {
        FeatureStore s = randomStore(50, 12, 5);
        s.splits[3] = uint8_t(Split::Val);
        const std::string path = dir_.path().toStdString() + "/f.bin";
        writeFeatureStore(s, path);
        const FeatureStore back = readFeatureStore(path);
        QCOMPARE(back.dims, 12);
        QCOMPARE(back.imageIds, s.imageIds);
        QCOMPARE(back.splits, s.splits);
        QCOMPARE(back.values, s.values);

        const std::string bytes = serializeFeatures(s);
        const auto expectError = [&](const std::string& content, const char* words) {
            const std::string bad = dir_.path().toStdString() + "/bad.bin";
            std::ofstream(bad, std::ios::binary) << content;
            try {
                readFeatureStore(bad);
                QFAIL("a bad store was read");
            } catch (const Error& e) {
                const std::string m = e.what();
                QVERIFY2(m.find("bad.bin") != std::string::npos, m.c_str());
                QVERIFY2(m.find(words) != std::string::npos, m.c_str());
                QVERIFY(m.find('\n') == std::string::npos);
            }
        };
        expectError(bytes.substr(0, bytes.size() - 1), "do not hold");
        expectError(bytes.substr(0, 10), "truncated");
        expectError("PNG" + bytes, "not a feature store");
        std::string version = bytes;
        version[8] = 9;
        expectError(version, "version 9");
    }

    // Issue 23, defect 21: a store names the checkpoint it came from by content.
    void storeNamesItsCheckpoint() {
        const std::string d = dir_.path().toStdString();
        std::string zip(300'000, 'z');
        std::ofstream(d + "/a.pt", std::ios::binary) << zip;
        std::ofstream(d + "/copy.pt", std::ios::binary) << zip;
        zip[299'000] = 'y';  // another model: its central directory differs
        std::ofstream(d + "/b.pt", std::ios::binary) << zip;
        const uint64_t a = archiveFingerprint(d + "/a.pt");
        QVERIFY(a != 0);
        QCOMPARE(archiveFingerprint(d + "/copy.pt"), a);
        QVERIFY(archiveFingerprint(d + "/b.pt") != a);

        FeatureStore s = randomStore(5, 4, 3);
        s.source = a;
        writeFeatureStore(s, d + "/f2.bin");
        QCOMPARE(readFeatureStore(d + "/f2.bin").source, a);
        QCOMPARE(readFeatureSource(d + "/f2.bin"), a);
        // A version-1 store (no source) still reads, as of an unknown checkpoint.
        std::string v1 = serializeFeatures(s);
        v1.erase(24, 8);
        v1[8] = 1;
        std::ofstream(d + "/f1.bin", std::ios::binary) << v1;
        const FeatureStore old = readFeatureStore(d + "/f1.bin");
        QCOMPARE(old.source, uint64_t(0));
        QCOMPARE(old.values, s.values);
        QCOMPARE(readFeatureSource(d + "/f1.bin"), uint64_t(0));
        QCOMPARE(readFeatureSource(d + "/missing.bin"), uint64_t(0));
        // fuzz_features' first finding: a store of no rows handed memcpy a null pointer.
        FeatureStore empty;
        empty.dims = 8;
        const FeatureStore none = parseFeatureStore(serializeFeatures(empty), "empty.bin");
        QCOMPARE(none.count(), size_t(0));
        QCOMPARE(none.dims, 8);
    }

    void indexFindsTrainingImagesOfAClass() {
        const Dataset ds = fixtures::taxonomyDataset();
        FeatureStore s = randomStore(ds.images.size(), 16, 11);
        for (size_t i = 0; i < ds.images.size(); ++i) {
            s.imageIds[i] = ds.images[i].id;
            s.splits[i] = uint8_t(ds.images[i].split);
        }
        const LookAlikeIndex index(s, ds);
        QCOMPARE(index.matched(), ds.images.size());
        int32_t query = -1;
        for (size_t i = 0; i < ds.images.size() && query < 0; ++i)
            if (ds.images[i].split == Split::Val && ds.images[i].label == 2) query = int32_t(i);
        const std::vector<float> q = featureRow(s, size_t(query));
        for (const int32_t c : {2, 4, -1}) {
            std::vector<std::pair<double, int32_t>> expected;
            for (size_t i = 0; i < ds.images.size(); ++i)
                if (ds.images[i].split == Split::Train && (c < 0 || ds.images[i].label == c))
                    expected.push_back({-cosine(s, i, q), int32_t(i)});
            std::sort(expected.begin(), expected.end());
            const auto got = index.nearestTraining(query, c, 5);
            QCOMPARE(got.size(), size_t(5));
            for (size_t i = 0; i < got.size(); ++i) {
                QCOMPARE(got[i].image, expected[i].second);
                QVERIFY(std::abs(got[i].similarity + expected[i].first) < 1e-5);
            }
        }
        // Images the store does not have, and a store of another dataset's images.
        s.imageIds.assign(s.imageIds.size(), 100000);
        const LookAlikeIndex other(s, ds);
        QCOMPARE(other.matched(), size_t(0));
        QVERIFY(other.nearestTraining(query, -1, 5).empty());
    }
};

QTEST_GUILESS_MAIN(TestLookAlikes)
#include "test_lookalikes.moc"
