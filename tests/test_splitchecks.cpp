// Split checks: class bounds, val counts, shared photographers, missing files, load issues.

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "TestFixtures.h"
#include "dataset/DatasetLoader.h"
#include "dataset/SplitChecks.h"

using namespace taxa;

namespace {

const Finding* find(const SplitCheckReport& r, const std::string& kind) {
    for (const auto& f : r.findings)
        if (f.kind == kind) return &f;
    return nullptr;
}

}  // namespace

class TestSplitChecks : public QObject {
    Q_OBJECT

  private slots:
    void boundsAndValCounts() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        const Dataset ds = loadDataset(dir.path().toStdString());
        const SplitCheckReport r = runSplitChecks(ds, defaultChecks(Layout::Inat2018));
        // Train counts are 3, 1, 1: the last two are under the 2018 minimum of 2.
        const Finding* bounds = find(r, "train-count-bounds");
        QVERIFY(bounds);
        QCOMPARE(bounds->classes, (std::vector<int32_t>{1, 2}));
        QCOMPARE(bounds->count, int64_t(2));
        // One val image each, where 2018 has three.
        const Finding* val = find(r, "val-count");
        QVERIFY(val);
        QCOMPARE(val->count, int64_t(3));
        QVERIFY(!find(r, "photographers"));

        SplitCheckOptions loose;
        loose.minTrain = 1;
        loose.valPerSpecies = 1;
        QVERIFY(runSplitChecks(ds, loose).findings.empty());
    }

    void photographersAcrossSplits() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        std::string test = fixtures::test2018();
        test.replace(test.find("\"Fay\""), 5, "\"Bo\"");  // Bo also shot train images 2 and 3
        fixtures::write(dir, "test2018.json", test);
        const Dataset ds = loadDataset(dir.path().toStdString());
        const SplitCheckReport r = runSplitChecks(ds, {});
        const Finding* f = find(r, "photographers");
        QVERIFY(f);
        QCOMPARE(f->count, int64_t(1));
        QCOMPARE(f->imageIds, (std::vector<int64_t>{2, 3, 0}));
    }

    void userIdsBeatNames() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        // Different credited names, same iNaturalist user in train and val.
        fixtures::write(dir, "inat2018_locations/train2018_locations.json",
                        R"([{"id": 4, "lat": 1, "lon": 2, "user_id": 5}])");
        fixtures::write(dir, "inat2018_locations/val2018_locations.json",
                        R"([{"id": 12, "lat": 1, "lon": 2, "user_id": 5}])");
        const Dataset ds = loadDataset(dir.path().toStdString());
        const SplitCheckReport r = runSplitChecks(ds, {});
        const Finding* f = find(r, "photographers");
        QVERIFY(f);
        QCOMPARE(f->imageIds, (std::vector<int64_t>{4, 12}));
    }

    void missingFilesWithProgress() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        QDir(dir.path()).mkpath("train_val2018/X/0");
        fixtures::write(dir, "train_val2018/X/0/0.jpg", "x");
        fixtures::write(dir, "train_val2018/X/0/1.jpg", "x");
        const Dataset ds = loadDataset(dir.path().toStdString());
        SplitCheckOptions o;
        o.checkFiles = true;
        int reports = 0;
        const SplitCheckReport r =
            runSplitChecks(ds, o, [&](const Progress& p) { return ++reports, p.total == 10; });
        const Finding* f = find(r, "missing-files");
        QVERIFY(f);
        QCOMPARE(f->count, int64_t(8));
        QVERIFY(QString::fromStdString(f->message).contains("train_val2018/X/0/2.jpg"));
        QVERIFY(reports >= 2);
    }

    void groupsLenientLoadIssues() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        std::string train = fixtures::train2018();
        train.replace(
            train.find("], \"licenses\""), 1,
            ", " + fixtures::annotation(5, 97, 0) + ", " + fixtures::annotation(6, 98, 0) + "]");
        fixtures::write(dir, "train2018.json", train);
        LoadOptions lenient;
        lenient.strict = false;
        const Dataset ds = loadDataset(dir.path().toStdString(), lenient);
        const SplitCheckReport r = runSplitChecks(ds, {});
        const Finding* f = find(r, "dangling-annotation-image");
        QVERIFY(f);
        QCOMPARE(f->severity, std::string("error"));
        QCOMPARE(f->count, int64_t(2));
        QVERIFY(QString::fromStdString(f->message).startsWith("2 x dangling-annotation-image"));
    }
};

QTEST_APPLESS_MAIN(TestSplitChecks)
#include "test_splitchecks.moc"
