// Training on folders of classes: the demo's JPEGs sorted into train/<group>/<genus>/<species>/
// and val/..., trained briefly, then predicted and evaluated through the Kaggle file. Nothing
// above the reader knows the layout: if training, prediction and evaluation disagreed on ids,
// classes or the file's shape, the evaluated error would not be the trainer's.

// LibTorch before Qt: Qt's `slots` macro breaks LibTorch headers.
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <set>

#include "dataset/DatasetLoader.h"
#include "dataset/DemoGenerator.h"
#include "eval/Analysis.h"
#include "eval/Predictor.h"
#include "train/Trainer.h"

using namespace taxa;
namespace fs = std::filesystem;

namespace {

// Links (or copies) every labelled image of @p ds into a folder tree under @p out:
// <split>/<supercategory>/<genus>/<species name>/<file>.
void sortIntoFolders(const Dataset& ds, const std::string& out) {
    for (const auto& im : ds.images) {
        if (im.label < 0) continue;
        const Category& c = ds.categories[size_t(im.label)];
        const fs::path from = fs::path(ds.root) / std::string(ds.fileName(im));
        const fs::path to = fs::path(out) / splitName(im.split) / c.supercategory / c.ranks[5] /
                            c.name / from.filename();
        fs::create_directories(to.parent_path());
        std::error_code ec;
        fs::create_hard_link(from, to, ec);
        if (ec) fs::copy_file(from, to);
    }
}

}  // namespace

class TestTrainFolders : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    std::string path(const char* name) const { return dir_.path().toStdString() + "/" + name; }

  private slots:
    void trainsPredictsAndEvaluatesOnFolders() {
        DemoOptions o;
        o.out = path("demo");
        o.plan.species = 14;
        o.plan.minTrain = 8;
        o.plan.maxTrain = 16;
        o.plan.testPerSpecies = 0;
        o.imageSide = 48;
        generateDemo(o);
        const Dataset demo = loadDataset(o.out);
        sortIntoFolders(demo, path("folders"));
        std::set<std::string> genera;
        for (const auto& cat : demo.categories)
            genera.insert(cat.supercategory + "/" + cat.ranks[5]);

        const Dataset ds = loadDataset(path("folders"));
        QCOMPARE(ds.layout, Layout::Folders);
        QCOMPARE(ds.categories.size(), size_t(14));
        const Taxonomy tax = Taxonomy::build(ds);
        QCOMPARE(tax.rankLabel(Rank::Family), std::string("level 1"));  // two levels of groups
        QCOMPARE(tax.countAt(Rank::Family), 14);                        // the supercategories
        QCOMPARE(size_t(tax.countAt(Rank::Genus)), genera.size());

        TrainConfig c = TrainConfig::preset("quick-cpu");
        c.crop = 32;
        c.resize = 37;
        c.batchSize = 8;
        c.stages = {StageConfig{"train", "all", "train", 3, 0.05}};
        c.warmupEpochs = 0.2;
        c.seed = 5;
        c.smoothing = "taxonomy";  // the folder levels give the genus and family slots
        c.labelSmoothing = 0.1;
        Trainer t(ds, tax, c, path("run"));
        double lastTop3 = 0;
        TrainCallbacks cb;
        cb.onEpoch = [&](const EpochMetrics& m) { lastTop3 = m.valTop3; };
        const TrainResult r = t.run(cb);
        QVERIFY(r.finished);
        const double chanceTop3 = 3.0 / 14;
        qInfo("steps %lld, val top-1 %.3f, top-3 %.3f (chance %.3f)", (long long)r.steps,
              r.bestTop1, lastTop3, chanceTop3);
        QVERIFY2(lastTop3 >= 2 * chanceTop3, qPrintable(QString::number(lastTop3)));

        PredictOptions po;
        po.checkpoints = {path("run/checkpoints/best.pt")};
        const PredictionSet p = predict(ds, Split::Val, po);
        const std::string csv = toKaggleCsv(p, ds);
        QVERIFY(csv.rfind("id,predicted\n", 0) == 0);
        const PredictionSet back = readPredictions(csv, "val.csv", ds, Split::Val);
        const AnalysisReport a =
            analyse(ds, tax, back, ds.classCounts(Split::Train), {1, 5, 10, 100});
        QCOMPARE(a.images, ds.imageCount(Split::Val));
        QCOMPARE(a.metricTopK, 1);
        QVERIFY2(std::abs((1 - a.metricError) - r.bestTop1) < 1e-9,
                 qPrintable(QString("evaluated top-1 %1, trainer's best %2")
                                .arg(1 - a.metricError)
                                .arg(r.bestTop1)));
    }
};

QTEST_GUILESS_MAIN(TestTrainFolders)
#include "test_trainfolders.moc"
