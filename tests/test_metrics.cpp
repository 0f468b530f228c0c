// The metric and the submission file follow the dataset: top-5 error and 5 labels for 2017,
// top-3 and 3 for 2018, top-1 and 1 for 2019, top-1 and 5 (`Id,Predicted`) for 2021, top-1
// with the 2018 file shape elsewhere; rank-of-error on a dataset without ranks.

#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "LayoutFixtures.h"
#include "dataset/DatasetLoader.h"
#include "dataset/Layouts.h"
#include "dataset/Taxonomy.h"
#include "eval/Analysis.h"
#include "eval/Predictions.h"
#include "util/Error.h"

using namespace taxa;

namespace {

// Six classes (ids 10..60) with no ranks, as CUB has; four val images (ids 1..4) of classes
// 0, 1, 2, 3 and one train image per class.
Dataset sixClasses(Layout layout) {
    Dataset ds;
    ds.layout = layout;
    ds.fillMissingRanks = false;
    for (int c = 0; c < 6; ++c) {
        Category cat;
        cat.id = 10 * (c + 1);
        cat.name = "class " + std::to_string(c);
        cat.supercategory = "all";
        ds.categories.push_back(cat);
    }
    for (int c = 0; c < 6; ++c) {
        ImageRecord im;
        im.id = 100 + c;
        im.label = c;
        ds.setFileName(im, "t.jpg");
        ds.images.push_back(im);
    }
    for (int i = 0; i < 4; ++i) {
        ImageRecord im;
        im.id = i + 1;
        im.split = Split::Val;
        im.label = i;
        ds.setFileName(im, "v.jpg");
        ds.images.push_back(im);
    }
    ds.indexCategories();
    return ds;
}

// Image k's truth (class k) at rank 0, 2, 4, and not among the five guesses.
PredictionSet ranked() {
    PredictionSet p;
    const std::vector<std::vector<int32_t>> guesses = {
        {0, 5, 4, 3, 2}, {5, 4, 1, 3, 0}, {5, 4, 3, 0, 2}, {5, 4, 2, 1, 0}};
    for (int i = 0; i < 4; ++i)
        p.rows.push_back({i + 1, guesses[size_t(i)], {}});
    return p;
}

AnalysisReport analyseAs(Layout layout) {
    const Dataset ds = sixClasses(layout);
    const Taxonomy tax = Taxonomy::build(ds);
    return analyse(ds, tax, ranked(), ds.classCounts(Split::Train), {1, 2});
}

}  // namespace

class TestMetrics : public QObject {
    Q_OBJECT

  private slots:
    void kaggleFileFollowsTheCompetition_data() {
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("expected");
        QTest::newRow("2017") << int(Layout::Inat2017) << "id,predicted\n1,10 60 50 40 30\n";
        QTest::newRow("2018") << int(Layout::Inat2018) << "id,predicted\n1,10 60 50\n";
        QTest::newRow("2019") << int(Layout::Inat2019) << "id,predicted\n1,10\n";
        QTest::newRow("2021") << int(Layout::Inat2021) << "Id,Predicted\n1,10 60 50 40 30\n";
        QTest::newRow("2021 mini")
            << int(Layout::Inat2021Mini) << "Id,Predicted\n1,10 60 50 40 30\n";
        QTest::newRow("folders") << int(Layout::Folders) << "id,predicted\n1,10 60 50\n";
        QTest::newRow("nabirds") << int(Layout::NaBirds) << "id,predicted\n1,10 60 50\n";
    }

    void kaggleFileFollowsTheCompetition() {
        QFETCH(int, layout);
        QFETCH(QString, expected);
        const Dataset ds = sixClasses(Layout(layout));
        PredictionSet p = ranked();
        p.rows.resize(1);
        QCOMPARE(QString::fromStdString(toKaggleCsv(p, ds)), expected);
    }

    void readsEachCompetitionsFile() {
        const std::string oneLabel = "id,predicted\n1,10\n2,20\n3,30\n4,10\n";
        const PredictionSet p19 =
            readPredictions(oneLabel, "p.csv", sixClasses(Layout::Inat2019), Split::Val);
        QCOMPARE(p19.rows[3].classes, std::vector<int32_t>{0});
        try {
            readPredictions(oneLabel, "p.csv", sixClasses(Layout::Inat2018), Split::Val);
            QFAIL("a 2018 file needs three labels");
        } catch (const Error& e) {
            QCOMPARE(QString(e.what()),
                     QString("p.csv: line 2: has 1 labels, at least 3 are needed for the top-3 "
                             "error"));
        }
        const PredictionSet p21 = readPredictions(
            "Id,Predicted\n1,10 20 30 40 50\n2,20 10 30 40 50\n3,30 10 20 40 50\n4,40 10 20 30 "
            "50\n",
            "p.csv", sixClasses(Layout::Inat2021), Split::Val);
        QCOMPARE(p21.rows[1].classes.front(), 1);
    }

    void metricIsTheDatasetsTopK() {
        // Truth at rank 0, 2, 4 and absent: top-1 error 3/4, top-3 2/4, top-5 1/4.
        const AnalysisReport r17 = analyseAs(Layout::Inat2017);
        QCOMPARE(r17.top1Error, 0.75);
        QCOMPARE(r17.top3Error, 0.5);
        QCOMPARE(r17.metricTopK, 5);
        QCOMPARE(r17.metricError, 0.25);
        QCOMPARE(analyseAs(Layout::Inat2018).metricError, 0.5);
        QCOMPARE(analyseAs(Layout::Inat2019).metricError, 0.75);
        QCOMPARE(analyseAs(Layout::Inat2021).metricError, 0.75);
        QCOMPARE(analyseAs(Layout::Cub).metricError, 0.75);
    }

    void jsonNamesTheMetricAndKeepsTheOtherKeys() {
        const Dataset ds = sixClasses(Layout::Inat2018);
        const Taxonomy tax = Taxonomy::build(ds);
        const AnalysisReport r = analyse(ds, tax, ranked(), ds.classCounts(Split::Train), {1, 2});
        const auto j = nlohmann::json::parse(analysisToJson(r, ds, tax));
        QCOMPARE(j["metric"]["key"].get<std::string>(), std::string("top3_error"));
        QCOMPARE(j["metric"]["name"].get<std::string>(), std::string("top-3 error"));
        QCOMPARE(j["metric"]["competition"].get<std::string>(), std::string("iNat 2018"));
        QCOMPARE(j["metric"]["value"].get<double>(), 0.5);
        QCOMPARE(j["top1_error"].get<double>(), 0.75);
        QCOMPARE(j["top3_error"].get<double>(), 0.5);
        const Dataset folders = sixClasses(Layout::Folders);
        const auto jf = nlohmann::json::parse(analysisToJson(
            analyse(folders, tax, ranked(), folders.classCounts(Split::Train), {1, 2}), folders,
            tax));
        QVERIFY(jf["metric"]["competition"].is_null());
        QCOMPARE(jf["metric"]["key"].get<std::string>(), std::string("top1_error"));
        const std::string text = analysisToText(r, ds, tax);
        QVERIFY2(text.find("iNat 2018 metric, top-3 error: 0.5000") != std::string::npos,
                 text.c_str());
    }

    void errorsShareNothingWithoutRanks() {
        // No class has a genus or family: empty slots are never a shared ancestor.
        const Dataset ds = sixClasses(Layout::Cub);
        const Taxonomy tax = Taxonomy::build(ds);
        const AnalysisReport r = analyse(ds, tax, ranked(), ds.classCounts(Split::Train), {1, 2});
        QCOMPARE(r.rankOfError[size_t(AgreeRank::Genus)], int64_t(0));
        QCOMPARE(r.rankOfError[size_t(AgreeRank::None)], int64_t(3));
        const std::string text = analysisToText(r, ds, tax);
        QVERIFY2(text.find("first agree with the truth: none 100.0%\n") != std::string::npos,
                 text.c_str());
    }

    void rankOfErrorOnATreeOfVaryingDepth() {
        QTemporaryDir dir;
        fixtures::writeNabirds(dir);
        const Dataset ds = loadDataset(dir.path().toStdString());
        const Taxonomy tax = Taxonomy::build(ds);
        // Val: image 6 Eastern Phoebe (class 0), 7 Red-tailed Hawk adult (1), 8 Cooper's (3).
        PredictionSet p;
        p.rows = {{6, {4, 0, 1}, {}},   // Say's Phoebe: same level-2 group (flycatchers)
                  {7, {3, 1, 2}, {}},   // Cooper's Hawk: same level 1 (Hawks) only
                  {8, {2, 3, 1}, {}}};  // Red-tailed immature: Cooper's has no level 2
        const AnalysisReport r = analyse(ds, tax, p, ds.classCounts(Split::Train), {1, 2});
        QCOMPARE(r.top1Error, 1.0);
        QCOMPARE(r.rankOfError[size_t(AgreeRank::Genus)], int64_t(1));
        QCOMPARE(r.rankOfError[size_t(AgreeRank::Family)], int64_t(2));
        QCOMPARE(r.rankOfError[size_t(AgreeRank::None)], int64_t(0));
        const std::string text = analysisToText(r, ds, tax);
        QVERIFY2(text.find("truth: level 2 33.3% level 1 66.7% none 0.0%") != std::string::npos,
                 text.c_str());
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
