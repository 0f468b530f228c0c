// The predictor: ensembles average probabilities (optionally weighted), TTA views per mode,
// checkpoints of other classes are refused, undecodable images still get a row; and the CLI's
// predict -> evaluate path with the DESIGN.md JSON keys, and its features command writing the
// look-alike store the engine computes; a geographic prior multiplies the probabilities
// through PredictOptions::reweight.

// LibTorch before Qt: Qt's `slots` macro breaks LibTorch headers.
#include <torch/torch.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

#include "dataset/DatasetLoader.h"
#include "dataset/DemoGenerator.h"
#include "eval/FeatureStore.h"
#include "eval/Features.h"
#include "eval/Predictor.h"
#include "geo/GeoCombine.h"
#include "geo/GridPrior.h"
#include "model/Checkpoint.h"
#include "model/ResNet.h"
#include "train/TrainConfig.h"
#include "util/Error.h"
#include "util/Fingerprint.h"

using namespace taxa;

class TestPredict : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::string data_;
    Dataset ds_;

    std::string path(const char* name) const { return dir_.path().toStdString() + "/" + name; }

    // A randomly initialised model saved as a checkpoint of this dataset's classes.
    void makeCheckpoint(const char* name, uint64_t seed, const std::vector<int64_t>& categoryIds) {
        TrainConfig run = TrainConfig::preset("quick-cpu");
        run.crop = 32;
        run.resize = 37;
        run.model.classes = static_cast<int>(categoryIds.size());
        torch::manual_seed(seed);
        ResNet net(run.model);
        CheckpointMeta meta;
        meta.model = run.model;
        meta.runConfig = run.toJson();
        meta.categoryIds = categoryIds;
        saveCheckpoint(path(name), *net, nullptr, meta);
    }

    std::map<std::pair<int64_t, int32_t>, float> scores(const PredictionSet& p) {
        std::map<std::pair<int64_t, int32_t>, float> out;
        for (const auto& r : p.rows)
            for (size_t i = 0; i < r.classes.size(); ++i)
                out[{r.imageId, r.classes[i]}] = r.scores[i];
        return out;
    }

  private slots:
    void initTestCase() {
        data_ = path("data");
        DemoOptions o;
        o.out = data_;
        o.plan.species = 14;
        o.plan.maxTrain = 4;
        o.plan.testPerSpecies = 1;
        o.imageSide = 48;
        generateDemo(o);
        ds_ = loadDataset(data_);
        std::vector<int64_t> ids;
        for (const auto& c : ds_.categories)
            ids.push_back(c.id);
        makeCheckpoint("a.pt", 1, ids);
        makeCheckpoint("b.pt", 2, ids);
        ids.pop_back();
        makeCheckpoint("other.pt", 3, ids);
    }

    void ensembleAveragesProbabilities() {
        PredictOptions o;
        o.k = 14;  // every class, so whole distributions can be compared
        o.checkpoints = {path("a.pt")};
        const auto a = scores(predict(ds_, Split::Val, o));
        o.checkpoints = {path("b.pt")};
        const auto b = scores(predict(ds_, Split::Val, o));
        o.checkpoints = {path("a.pt"), path("b.pt")};
        const auto mean = scores(predict(ds_, Split::Val, o));
        o.weights = {3, 1};
        const auto weighted = scores(predict(ds_, Split::Val, o));
        QCOMPARE(mean.size(), size_t(14 * 42));
        for (const auto& [key, p] : mean) {
            QVERIFY(std::abs(p - (a.at(key) + b.at(key)) / 2) < 1e-5f);
            QVERIFY(std::abs(weighted.at(key) - (3 * a.at(key) + b.at(key)) / 4) < 1e-5f);
        }
    }

    void geoPriorMultipliesTheProbabilities() {
        // Every class kept, so the whole distributions compare: with the prior, each located
        // val image's probabilities are the normalised product; test images have no location
        // (the locations files cover train and val) and stay as they were.
        PredictOptions o;
        o.k = 14;
        o.checkpoints = {path("a.pt")};
        const auto plain = scores(predict(ds_, Split::Val, o));
        const auto prior = std::make_shared<const geo::GeoPrior>(
            geo::buildGridPrior(ds_, geo::GridOptions{5.0, 0.5}), "grid");
        o.reweight = geo::priorReweighting(prior, ds_);
        const auto with = scores(predict(ds_, Split::Val, o));
        for (const auto& im : ds_.images) {
            if (im.split != Split::Val) continue;
            geo::GeoPoint p;
            QVERIFY(geo::toGeoPoint(*ds_.location(im), p));
            std::vector<float> q(14);
            prior->evaluate(&p, 1, q.data());
            double sum = 0;
            for (int32_t c = 0; c < 14; ++c)
                sum += plain.at({im.id, c}) * q[size_t(c)];
            for (int32_t c = 0; c < 14; ++c)
                QVERIFY(std::abs(with.at({im.id, c}) - plain.at({im.id, c}) * q[size_t(c)] / sum) <
                        1e-5);
        }
        QCOMPARE(scores(predict(ds_, Split::Test, o)), [&] {
            o.reweight = nullptr;
            return scores(predict(ds_, Split::Test, o));
        }());
    }

    void ttaViewsPerMode() {
        PredictOptions o;
        o.checkpoints = {path("a.pt")};
        for (const auto& [mode, views] :
             std::vector<std::pair<std::string, int64_t>>{{"centre", 1},
                                                          {"centre+flip", 2},
                                                          {"dense+flip", 18},
                                                          {"upper", 4},
                                                          {"dense2+multiscale", 12}}) {
            o.tta = mode;
            PredictStats stats;
            const PredictionSet p = predict(ds_, Split::Test, o, {}, &stats);
            QCOMPARE(stats.windowsPerImage, views);
            QCOMPARE(p.rows.size(), size_t(14));
        }
    }

    void refusesOtherClassesAndSurvivesBadImages() {
        PredictOptions o;
        o.checkpoints = {path("other.pt")};
        QVERIFY_THROWS_EXCEPTION(Error, predict(ds_, Split::Val, o));
        // Corrupt one val image: it still gets a row, from the training prior.
        const ImageRecord* victim = nullptr;
        for (const auto& im : ds_.images)
            if (im.split == Split::Val) victim = &im;
        std::ofstream(data_ + "/" + std::string(ds_.fileName(*victim)), std::ios::trunc)
            << "garbage";
        o.checkpoints = {path("a.pt")};
        PredictStats stats;
        const PredictionSet p = predict(ds_, Split::Val, o, {}, &stats);
        QCOMPARE(stats.badImages, int64_t(1));
        QCOMPARE(p.rows.back().imageId, victim->id);
        QCOMPARE(p.rows.back().classes.size(), size_t(5));
        // Cancelling stops with Cancelled.
        bool cancelled = false;
        try {
            predict(ds_, Split::Val, o, [](const Progress&) { return false; });
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
    }

    void cliPredictThenEvaluate() {
        const QString cli = QStringLiteral(TAXA_CLI_PATH);
        const QString out = QString::fromStdString(path("pred/val.csv"));
        QProcess p;
        p.start(cli, {"predict", "--dataset", QString::fromStdString(data_), "--split", "val",
                      "--checkpoint", QString::fromStdString(path("a.pt")), "--tta", "centre+flip",
                      "--out", out});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QFile::exists(QString::fromStdString(path("pred/val.topk.csv"))));
        QProcess e;
        e.start(cli, {"evaluate", "--dataset", QString::fromStdString(data_), "--split", "val",
                      "--predictions", out, "--json"});
        QVERIFY(e.waitForFinished(60000));
        QVERIFY2(e.exitCode() == 0, e.readAllStandardError().constData());
        const QJsonObject j = QJsonDocument::fromJson(e.readAllStandardOutput()).object();
        for (const char* key : {"top1_error", "top3_error", "supercategories", "buckets",
                                "confused_pairs", "rank_of_error"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["supercategories"].toArray().size(), 14);
        const double top3 = j["top3_error"].toDouble();
        QVERIFY(top3 >= 0 && top3 <= 1);
    }

    void cliFeaturesWritesTheStore() {
        // Every train and val image but the one corrupted above (counted), as the engine
        // computes them in this process; a missing checkpoint is one line naming it.
        const QString cli = QStringLiteral(TAXA_CLI_PATH);
        const QString out = QString::fromStdString(path("pred/features.bin"));
        QProcess p;
        p.start(cli, {"features", "--dataset", QString::fromStdString(data_), "--checkpoint",
                      QString::fromStdString(path("a.pt")), "--dims", "64", "--out", out});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains("1 images could not be decoded"));
        const FeatureStore store = readFeatureStore(out.toStdString());
        QCOMPARE(store.count(),
                 size_t(ds_.imageCount(Split::Train) + ds_.imageCount(Split::Val) - 1));
        QCOMPARE(store.dims, 64);
        FeatureOptions o;
        o.checkpoint = path("a.pt");
        o.dims = 64;
        o.device = "cpu";
        const FeatureStore here = computeFeatures(ds_, o);
        QCOMPARE(here.imageIds, store.imageIds);
        std::vector<float> a(here.values.size()), b(store.values.size());
        halfToFloat(here.values.data(), a.size(), a.data());
        halfToFloat(store.values.data(), b.size(), b.data());
        for (size_t i = 0; i < a.size(); ++i)
            QVERIFY(std::abs(a[i] - b[i]) < 2e-3f);
        // The store names its checkpoint (issue 23, defect 21).
        QCOMPARE(store.source, archiveFingerprint(path("a.pt")));
        // Issue 23, defect 15: a split named twice wrote its rows once, then reported all of
        // them as undecodable.
        const auto valRows =
            size_t(std::count(store.splits.begin(), store.splits.end(), uint8_t(Split::Val)));
        const size_t valLost = size_t(ds_.imageCount(Split::Val)) - valRows;
        QProcess twice;
        twice.start(cli,
                    {"features", "--dataset", QString::fromStdString(data_), "--checkpoint",
                     QString::fromStdString(path("a.pt")), "--splits", "val,val", "--out", out});
        QVERIFY(twice.waitForFinished(120000));
        QVERIFY2(twice.exitCode() == 0, twice.readAllStandardError().constData());
        const QByteArray said = twice.readAllStandardOutput();
        QCOMPARE(readFeatureStore(out.toStdString()).count(), valRows);
        QCOMPARE(said.contains("could not be decoded"), valLost > 0);
        if (valLost > 0)
            QVERIFY2(said.contains(QByteArray::number(qulonglong(valLost)) + " images could not"),
                     said.constData());
        QProcess bad;
        bad.start(cli, {"features", "--dataset", QString::fromStdString(data_), "--checkpoint",
                        QString::fromStdString(path("missing.pt")), "--out", out});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1);
        const QByteArray err = bad.readAllStandardError().trimmed();
        QVERIFY2(err.contains("missing.pt") && !err.contains('\n'), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPredict)
#include "test_predict.moc"
