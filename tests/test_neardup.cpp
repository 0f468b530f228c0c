// Near-duplicates across splits by stored features: copies planted in val and test (a train
// photo's vector slightly moved, as resizing or re-encoding moves it) are found with their
// similarity, exactly the pairs a brute-force cosine over all cross-split pairs finds, and
// none among distinct images of one species; the dataset check refuses a foreign store.

#include <QtTest>
#include <set>

#include "EmbedFixtures.h"
#include "embed/NearDuplicates.h"
#include "embed/StoreRows.h"
#include "util/Error.h"

using namespace taxa;

namespace {

// 40 species x 23 images (cosine about 0.8 within a species), the last 3 of each in val.
FeatureStore speciesStore() {
    FeatureStore s = fixtures::groupedStore(40, 23, 256, 0.5, 11);
    for (size_t r = 0; r < s.count(); ++r)
        if (r % 23 >= 20) s.splits[r] = uint8_t(Split::Val);
    return s;
}

// Appends a copy of row @p of in @p split: the vector plus noise of norm about @p noise.
void plantCopy(FeatureStore& s, size_t of, Split split, double noise, std::mt19937& gen) {
    std::vector<float> x(size_t(s.dims));
    halfToFloat(s.row(of), x.size(), x.data());
    std::normal_distribution<double> normal(0, noise / std::sqrt(double(s.dims)));
    for (float& v : x)
        v += float(normal(gen));
    std::vector<uint16_t> h(x.size());
    floatToHalf(x.data(), x.size(), h.data());
    s.values.insert(s.values.end(), h.begin(), h.end());
    s.imageIds.push_back(int64_t(900000 + s.imageIds.size()));
    s.splits.push_back(uint8_t(split));
}

using Pair = std::pair<uint32_t, uint32_t>;

// Every cross-split pair at or above @p threshold, earlier split first, by brute force.
std::set<Pair> bruteForce(const FeatureStore& s, double threshold, double* bestDistinct,
                          size_t firstCopy) {
    std::set<Pair> out;
    *bestDistinct = -1;
    for (uint32_t a = 0; a < s.count(); ++a)
        for (uint32_t b = a + 1; b < s.count(); ++b) {
            if (s.splits[a] == s.splits[b]) continue;
            const double c = fixtures::rowCosine(s, a, b);
            if (b < firstCopy) *bestDistinct = std::max(*bestDistinct, c);
            if (c >= threshold) out.insert(s.splits[a] < s.splits[b] ? Pair{a, b} : Pair{b, a});
        }
    return out;
}

}  // namespace

class TestNearDup : public QObject {
    Q_OBJECT

  private slots:
    void plantedCopiesAreFoundAndNothingElse() {
        FeatureStore s = speciesStore();
        const size_t firstCopy = s.count();
        std::mt19937 gen(5);
        std::set<std::pair<size_t, size_t>> planted;
        for (size_t of : {0, 47, 101, 333, 512, 700, 899}) {  // train photos copied into val
            plantCopy(s, of, Split::Val, 0.1, gen);
            planted.insert({of, s.count() - 1});
        }
        for (size_t of : {21, 480}) {  // val photos copied into test
            plantCopy(s, of, Split::Test, 0.1, gen);
            planted.insert({of, s.count() - 1});
        }
        double bestDistinct = 0;
        const std::set<Pair> expected =
            bruteForce(s, embed::kNearDuplicateCosine, &bestDistinct, firstCopy);
        // The set is a fair test: distinct photos of one species come close, not across.
        QVERIFY2(bestDistinct > 0.7 && bestDistinct < embed::kNearDuplicateCosine,
                 qPrintable(QString::number(bestDistinct)));
        QCOMPARE(expected.size(), planted.size());

        embed::NearDuplicateOptions o;
        o.threads = 2;
        const auto found = embed::nearDuplicates(s, o);
        std::set<Pair> got;
        for (const auto& p : found) {
            got.insert({p.rowA, p.rowB});
            QVERIFY(s.splits[p.rowA] < s.splits[p.rowB]);
            QVERIFY(std::abs(p.similarity - fixtures::rowCosine(s, p.rowA, p.rowB)) < 1e-4);
        }
        QCOMPARE(got, expected);
        for (const auto& [a, b] : planted)
            QVERIFY(got.count({uint32_t(a), uint32_t(b)}));
        for (size_t i = 1; i < found.size(); ++i)
            QVERIFY(found[i - 1].similarity >= found[i].similarity);
    }

    void noneAmongDistinctImages() {
        const FeatureStore s = speciesStore();
        QVERIFY(embed::nearDuplicates(s).empty());
        // A lower threshold finds distinct photos of one species, as brute force does.
        embed::NearDuplicateOptions o;
        o.threshold = 0.84;
        double best = 0;
        const std::set<Pair> expected = bruteForce(s, o.threshold, &best, s.count());
        QVERIFY(!expected.empty());
        std::set<Pair> got;
        for (const auto& p : embed::nearDuplicates(s, o))
            got.insert({p.rowA, p.rowB});
        // An approximate search may miss a pair at the margin, never invent one.
        for (const Pair& p : got)
            QVERIFY(expected.count(p));
        QVERIFY2(got.size() >= expected.size() * 95 / 100,
                 qPrintable(QString("%1 of %2").arg(got.size()).arg(expected.size())));
    }

    void storeOfAnotherDatasetIsRefused() {
        Dataset ds;
        for (int i = 0; i < 3; ++i) {
            ImageRecord im;
            im.id = 1000 + i;
            im.split = i < 2 ? Split::Train : Split::Val;
            ds.images.push_back(im);
        }
        FeatureStore s = fixtures::groupedStore(1, 3, 8, 0.1, 1);
        s.splits[2] = uint8_t(Split::Val);
        QCOMPARE(embed::storeImages(s, ds, "f.bin"), (std::vector<int32_t>{0, 1, 2}));
        s.splits[1] = uint8_t(Split::Val);  // image 1001 is a train image
        try {
            embed::storeImages(s, ds, "f.bin");
            QFAIL("accepted");
        } catch (const Error& e) {
            const QString m = e.what();
            QVERIFY2(m.startsWith("f.bin: val image 1001") && !m.contains('\n'), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestNearDup)
#include "test_neardup.moc"
