// Soft targets, learning-rate schedules, the minival split and the training config.

#include <QtTest>
#include <numeric>
#include <vector>

#include "dataset/Taxonomy.h"
#include "train/DataSplits.h"
#include "train/LrSchedule.h"
#include "train/Targets.h"
#include "train/TrainConfig.h"
#include "util/Error.h"

using namespace taxa;

namespace {

// Order O1: family F1 {genus G1 {a, b}, genus G2 {c}}, family F2 {G3 {d}};
// order O2: family F3 {G4 {e}}.
Taxonomy fixture() {
    Dataset ds;
    auto cat = [](int64_t id, const char* name, const char* order, const char* family,
                  const char* genus) {
        Category c;
        c.id = id;
        c.name = name;
        c.supercategory = "Insecta";
        c.ranks = {"Animalia", "Arthropoda", "Insecta", order, family, genus};
        return c;
    };
    ds.categories = {cat(0, "a", "O1", "F1", "G1"), cat(1, "b", "O1", "F1", "G1"),
                     cat(2, "c", "O1", "F1", "G2"), cat(3, "d", "O1", "F2", "G3"),
                     cat(4, "e", "O2", "F3", "G4")};
    ds.indexCategories();
    return Taxonomy::build(ds);
}

void expectRow(const SoftTargets& t, int32_t c, std::vector<float> expected) {
    const std::vector<float> row = t.dense(c);
    QCOMPARE(row.size(), expected.size());
    QVERIFY(std::abs(std::accumulate(row.begin(), row.end(), 0.0) - 1.0) < 1e-6);
    for (size_t k = 0; k < row.size(); ++k)
        QVERIFY2(std::abs(row[k] - expected[k]) < 1e-6,
                 qPrintable(QString("class %1, entry %2: %3 vs %4")
                                .arg(c)
                                .arg(k)
                                .arg(row[k])
                                .arg(expected[k])));
}

}  // namespace

class TestTargets : public QObject {
    Q_OBJECT

  private slots:
    void uniformSmoothing() {
        const SoftTargets t = SoftTargets::uniform(5, 0.1);
        expectRow(t, 2, {0.025f, 0.025f, 0.9f, 0.025f, 0.025f});
        expectRow(SoftTargets::oneHot(3), 1, {0, 1, 0});
    }

    void taxonomyAwareSmoothingGoesOnlyToRelatives() {
        const SoftTargets t = SoftTargets::taxonomy(fixture(), 0.2, 0.5);
        // a: half of eps to its congener b, half to c (same family, other genus); none to d, e.
        expectRow(t, 0, {0.8f, 0.1f, 0.1f, 0, 0});
        // c is alone in its genus: the genus part moves to the family (a and b).
        expectRow(t, 2, {0.1f, 0.1f, 0.8f, 0, 0});
        // d is alone in genus and family: eps goes to the other families of its order.
        expectRow(t, 3, {0.2f / 3, 0.2f / 3, 0.2f / 3, 0.8f, 0});
        // e is alone up to its order: nothing to share with, so one-hot.
        expectRow(t, 4, {0, 0, 0, 0, 1});
        // All of eps to congeners.
        expectRow(SoftTargets::taxonomy(fixture(), 0.3, 1.0), 1, {0.3f, 0.7f, 0, 0, 0});
    }

    void taxonomySmoothingOnATreeOfVaryingDepth() {
        // NABirds-like: two levels above the classes, Cooper's Hawk one level only.
        //   Perching Birds > Tyrant Flycatchers > Eastern Phoebe (0), Say's Phoebe (4)
        //   Hawks > Red-tailed Hawk > adult (1), immature (2);  Hawks > Cooper's Hawk (3)
        Dataset ds;
        ds.fillMissingRanks = false;
        auto cat = [](int64_t id, const char* name, const char* level1, const char* level2) {
            Category c;
            c.id = id;
            c.name = name;
            c.supercategory = level1;
            c.ranks[4] = level1;
            c.ranks[5] = level2;
            return c;
        };
        ds.categories = {cat(0, "Eastern Phoebe", "Perching Birds", "Tyrant Flycatchers"),
                         cat(1, "Red-tailed adult", "Hawks", "Red-tailed Hawk"),
                         cat(2, "Red-tailed immature", "Hawks", "Red-tailed Hawk"),
                         cat(3, "Cooper's Hawk", "Hawks", ""),
                         cat(4, "Say's Phoebe", "Perching Birds", "Tyrant Flycatchers")};
        ds.indexCategories();
        const SoftTargets t = SoftTargets::taxonomy(Taxonomy::build(ds), 0.2, 0.5);
        // Cooper's has no level-2 group: all of eps to the rest of Hawks.
        expectRow(t, 3, {0, 0.1f, 0.1f, 0.8f, 0});
        // The adult: half to its sibling, half to Cooper's (same level 1, other level 2).
        expectRow(t, 1, {0, 0.8f, 0.1f, 0.1f, 0});
        // Eastern Phoebe: its group holds everything under Perching Birds, so all to Say's.
        expectRow(t, 0, {0.8f, 0, 0, 0, 0.2f});
    }

    void learningRateSchedules() {
        // Warm-up rises linearly, cosine falls to zero at the end of the stage.
        QVERIFY(std::abs(learningRate("cosine", 0.1, 0.25, 10, 0.5, 30, 0.1) - 0.05) < 1e-12);
        QVERIFY(std::abs(learningRate("cosine", 0.1, 0.5, 10, 0.5, 30, 0.1) - 0.1) < 1e-12);
        QVERIFY(std::abs(learningRate("cosine", 0.1, 5.25, 10, 0.5, 30, 0.1) - 0.05) < 1e-12);
        QVERIFY(learningRate("cosine", 0.1, 10, 10, 0.5, 30, 0.1) < 1e-12);
        QVERIFY(std::abs(learningRate("step", 0.1, 31, 90, 0, 30, 0.1) - 0.01) < 1e-12);
        QCOMPARE(learningRate("constant", 0.1, 7, 10, 0, 30, 0.1), 0.1);
    }

    void minivalIsAFixedTenth() {
        int in = 0;
        for (int64_t id = 0; id < 20000; ++id)
            in += inMinival(id);
        QVERIFY(std::abs(in - 2000) < 5 * std::sqrt(20000 * 0.1 * 0.9));
        QCOMPARE(inMinival(12345), inMinival(12345));
        // Fixed for good: the ids of 0..63 in minival, computed independently with the
        // reference splitmix64 (in Python) of id ^ "minival".
        std::vector<int64_t> ids;
        for (int64_t id = 0; id < 64; ++id)
            if (inMinival(id)) ids.push_back(id);
        QCOMPARE(ids, (std::vector<int64_t>{1, 3, 8, 19, 27, 30}));
    }

    void configRoundTripAndPresets() {
        for (const auto& name : trainPresetNames()) {
            const TrainConfig c = TrainConfig::preset(name);
            c.validate();
            QCOMPARE(TrainConfig::fromJson(c.toJson()).toJson(), c.toJson());
        }
        const TrainConfig w = TrainConfig::preset("winner-2018");
        QCOMPARE(w.stages.size(), size_t(3));
        QCOMPARE(w.stages[1].trainable, std::string("last:9"));
        QCOMPARE(w.stages[2].data, std::string("val"));
        QCOMPARE(w.stages[2].lr, 2e-4);
        QCOMPARE(w.model.covDim, 160);
        QVERIFY_THROWS_EXCEPTION(Error, TrainConfig::preset("fast"));
        TrainConfig bad;
        bad.resize = 100;
        QVERIFY_THROWS_EXCEPTION(Error, bad.validate());
        bad = TrainConfig();
        bad.stages[0].data = "test";
        QVERIFY_THROWS_EXCEPTION(Error, bad.validate());
        QVERIFY_THROWS_EXCEPTION(Error, TrainConfig::fromJson("{\"crop\": \"big\"}"));
    }
};

QTEST_APPLESS_MAIN(TestTargets)
#include "test_targets.moc"
