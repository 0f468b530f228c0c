// taxa-cli geo as scripts use it: `geo train --grid` then `geo evaluate --json` (the issue's
// keys, the same figures as the core evaluation), a short network training through the engine,
// `evaluate --geo` re-ranking a top-k store, and one-line errors for a prior of another
// dataset, a Kaggle CSV without scores and a damaged GEO file.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "CliRun.h"

#include "dataset/DatasetLoader.h"
#include "eval/Predictions.h"
#include "geo/GeoEval.h"
#include "geo/GeoFile.h"
#include "geo/GeoPrior.h"
#include "util/AtomicFile.h"

class TestGeoCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_, other_;

  private slots:
    void initTestCase() {
        data_ = dir_.path() + "/demo";
        other_ = dir_.path() + "/other";
        for (const auto& [out, species] : {std::pair{data_, "20"}, std::pair{other_, "15"}}) {
            const Run r = cli({"demo", "--out", out, "--species", species, "--no-images"});
            QVERIFY2(r.code == 0, r.err.constData());
        }
    }

    void gridTrainThenEvaluateJson() {
        const QString geo = dir_.path() + "/grid.geo";
        Run r = cli({"geo", "train", "--dataset", data_, "--out", geo, "--grid", "--cell", "5"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Grid prior: 5-degree cells"));
        r = cli({"geo", "evaluate", "--dataset", data_, "--split", "val", "--geo", geo, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError err;
        const QJsonObject j = QJsonDocument::fromJson(r.out, &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        // The same figures as the core's evaluation of the same file.
        const taxa::Dataset ds = taxa::loadDataset(data_.toStdString());
        const taxa::geo::GeoEvaluation e = taxa::geo::evaluatePrior(
            taxa::geo::GeoPrior::load(geo.toStdString()), ds, taxa::Split::Val);
        QCOMPARE(j["images"].toInteger(), e.images);
        QCOMPARE(j["images"].toInteger(), ds.imageCount(taxa::Split::Val));
        for (const auto& [key, acc] :
             {std::pair{"geo", e.geo}, std::pair{"frequency", e.frequency}}) {
            const QJsonObject o = j[key].toObject();
            QVERIFY(std::abs(o["top1_accuracy"].toDouble() - acc.top1) < 1e-6);
            QVERIFY(std::abs(o["top3_accuracy"].toDouble() - acc.top3) < 1e-6);
        }
        // Where species live apart, place alone beats always guessing the most frequent.
        QVERIFY(j["geo"].toObject()["top1_accuracy"].toDouble() >
                j["frequency"].toObject()["top1_accuracy"].toDouble());
    }

    void networkTrainsThroughTheEngine() {
        const QString geo = dir_.path() + "/net.geo";
        const Run r = cli(
            {"geo", "train", "--dataset", data_, "--out", geo, "--epochs", "2", "--threads", "1"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Epoch 2/2: loss"));
        const taxa::geo::GeoPrior prior = taxa::geo::GeoPrior::load(geo.toStdString());
        QVERIFY(!prior.isGrid());
        QCOMPARE(prior.file().param("epochs", "net.geo"), 2.0);
        QCOMPARE(prior.classes(), 20);
    }

    void evaluateReranksByThePrior() {
        const QString geo = dir_.path() + "/grid.geo";
        // Guesses that always put the right species second, after a wrong one at 0.5.
        const taxa::Dataset ds = taxa::loadDataset(data_.toStdString());
        taxa::PredictionSet p;
        for (const auto& im : ds.images)
            if (im.split == taxa::Split::Val)
                p.rows.push_back({im.id,
                                  {(im.label + 1) % 20, im.label, (im.label + 2) % 20},
                                  {0.5f, 0.4f, 0.1f}});
        const QString topk = dir_.path() + "/val.topk.csv", csv = dir_.path() + "/val.csv";
        taxa::writeFileAtomic(topk.toStdString(), taxa::toTopkCsv(p, ds));
        taxa::writeFileAtomic(csv.toStdString(), taxa::toKaggleCsv(p, ds));
        Run r = cli(
            {"evaluate", "--dataset", data_, "--split", "val", "--predictions", topk, "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).object()["top1_error"].toDouble(), 1.0);
        r = cli({"evaluate", "--dataset", data_, "--split", "val", "--predictions", topk, "--geo",
                 geo, "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const double withPrior = QJsonDocument::fromJson(r.out).object()["top1_error"].toDouble();
        QVERIFY2(withPrior < 0.9, qPrintable(QString::number(withPrior)));
        // A Kaggle CSV keeps no scores: nothing to multiply.
        r = cli(
            {"evaluate", "--dataset", data_, "--split", "val", "--predictions", csv, "--geo", geo});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("without scores") && r.err.count('\n') == 1);
    }

    void refusesAnotherDatasetsPriorAndDamage() {
        const QString geo = dir_.path() + "/grid.geo";
        Run r = cli({"geo", "evaluate", "--dataset", other_, "--geo", geo});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("grid.geo: a prior for another dataset (20 classes;") &&
                     r.err.count('\n') == 1,
                 r.err.constData());
        QFile f(geo);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString cut = dir_.path() + "/cut.geo";
        taxa::writeFileAtomic(cut.toStdString(), bytes.left(bytes.size() - 10).toStdString());
        r = cli({"geo", "evaluate", "--dataset", data_, "--geo", cut});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("cut.geo: truncated"), r.err.constData());
        // A command-line value now (issue 23, defect 19): exit 2, before anything is read.
        r = cli({"geo", "train", "--dataset", data_, "--out", geo, "--grid", "--cell", "7"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("does not divide 180"));
        // Issue 23, defect 5: NaN weights scored 100% top-1; predict --geo said it applied them.
        taxa::geo::GeoFile nan = taxa::geo::parseGeoFile(bytes.toStdString(), "grid.geo");
        for (auto& t : nan.tensors)
            if (!t.integer && !t.f.empty()) t.f.assign(t.f.size(), std::nanf(""));
        const QString damaged = dir_.path() + "/nan.geo";
        taxa::writeFileAtomic(damaged.toStdString(), taxa::geo::serializeGeoFile(nan));
        r = cli({"geo", "evaluate", "--dataset", data_, "--geo", damaged});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("nan.geo: tensor") && r.err.contains("not finite") &&
                     r.err.count('\n') == 1,
                 r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestGeoCli)
#include "test_geocli.moc"
