// The Analysis panel offscreen: a predictions CSV (written with toKaggleCsv) is read in the
// background and its headline, charts and confused pairs match analyse(); choosing a pair shows
// both species' images; a class leads to its mistakes; A/B comparison; export of the report and
// of the plots; predicting with a checkpoint of a (tiny) run saves and analyses its predictions,
// and the pair view asks the engine why a mistake was made (saliency, look-alikes). On three
// species worked by hand (HandWorkedPr.h): the overview's macro precision, recall and F1, and
// the precision-recall tab's curves, average precisions, hover text, the species the per-class
// table passes on, B dashed, the plot's export, and the one line it says without scores.

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "DemoFixture.h"
#include "HandWorkedPr.h"
#include "dataset/Buckets.h"
#include "engine/Engine.h"
#include "eval/Analysis.h"
#include "eval/FeatureStore.h"
#include "models/ConfusedPairsModel.h"
#include "models/PerClassModel.h"
#include "models/ThumbnailModel.h"
#include "util/AtomicFile.h"
#include "views/analysis/AnalysisOverview.h"
#include "views/analysis/AnalysisPanel.h"
#include "views/analysis/ConfusedPairsView.h"
#include "views/analysis/ImageEvidence.h"
#include "views/analysis/LookAlikesView.h"
#include "views/analysis/PairView.h"
#include "views/analysis/PerClassView.h"
#include "views/analysis/PrecisionRecallPlot.h"
#include "views/analysis/PrecisionRecallView.h"
#include "views/analysis/SaliencyOverlay.h"
#include "views/common/BarChart.h"

class TestAnalysisPanel : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<const LoadedDataset> data_;
    QString csv_;

    QString percent(double x) const { return QLocale().toString(100 * x, 'f', 1) + "%"; }

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("TaxaWorkbenchTest");
        QSettings().clear();
        data_ = fixtures::demo(dir_);
        csv_ = dir_.path() + "/val.csv";
        taxa::writeFileAtomic(
            csv_.toStdString(),
            taxa::toKaggleCsv(fixtures::confusedPredictions(*data_), data_->dataset));
    }

    void fitsBesideTheTaxonomy() {
        // With the taxonomy dock beside it the window must fit 1000 px (test_mainwindow checks it).
        AnalysisPanel panel;
        QVERIFY2(panel.minimumSizeHint().width() <= 540,
                 qPrintable(QString::number(panel.minimumSizeHint().width())));
    }

    void opensCsvAndMatchesAnalyse() {
        AnalysisPanel panel;
        panel.resize(1200, 800);
        panel.show();
        QVERIFY(!panel.openPredictions(csv_));  // no dataset yet
        panel.setDataset(data_);
        QSignalSpy analysed(&panel, &AnalysisPanel::analysed);
        QVERIFY(panel.openPredictions(csv_));
        QVERIFY(panel.isBusy() || analysed.size() == 1);
        QVERIFY(analysed.size() == 1 || analysed.wait(20000));

        // What analyse() says of the same file, read the CLI's way.
        const taxa::PredictionSet p = taxa::readPredictions(
            taxa::readFile(csv_.toStdString()), "val.csv", data_->dataset, taxa::Split::Val);
        const taxa::AnalysisReport r = taxa::analyse(
            data_->dataset, data_->taxonomy, p, data_->trainCounts, taxa::defaultBucketEdges());
        QVERIFY(panel.result());
        QCOMPARE(panel.result()->report.top1Error, r.top1Error);
        // The demo is in the 2018 layout: its metric, top-3 error, leads.
        QVERIFY(panel.headline().startsWith("<b>Top-3 error " + percent(r.top3Error) +
                                            "</b> (the iNat 2018 metric)"));
        QVERIFY(panel.headline().contains("top-1 error " + percent(r.top1Error)));
        QVERIFY(panel.headline().contains("val.csv"));

        // Charts: one bar per supercategory, bucket and rank.
        BarChart* supers = panel.overview()->supercategories();
        QCOMPARE(supers->barCount(), int(r.supercategories.size()));
        for (int i = 0; i < supers->barCount(); ++i)
            QCOMPARE(supers->valueA(i), r.supercategories[size_t(i)].meanClassAccuracy);
        // Buckets up to the last one holding a class (trailing empty ones say nothing).
        int lastHeld = 0;
        for (size_t i = 0; i < r.buckets.size(); ++i)
            if (r.buckets[i].classes > 0) lastHeld = int(i) + 1;
        QVERIFY(lastHeld < int(r.buckets.size()));  // the fixture tops out below 1,000
        QCOMPARE(panel.overview()->buckets()->barCount(), lastHeld);
        for (int i = 0; i < lastHeld; ++i)
            QCOMPARE(panel.overview()->buckets()->valueA(i),
                     r.buckets[size_t(i)].meanClassAccuracy);
        QCOMPARE(panel.overview()->rankOfError()->barCount(), taxa::kAgreeRanks);

        // The confused-pairs table is analyse()'s list; the first pair is on screen.
        QCOMPARE(panel.pairs()->model()->rowCount(), int(r.confusedPairs.size()));
        for (int row = 0; row < panel.pairs()->model()->rowCount(); ++row) {
            const QModelIndex ix = panel.pairs()->model()->index(row, 0);
            QCOMPARE(ix.data(ConfusedPairsModel::ClassARole).toInt(),
                     r.confusedPairs[size_t(row)].a);
            QCOMPARE(ix.data(ConfusedPairsModel::ClassBRole).toInt(),
                     r.confusedPairs[size_t(row)].b);
            QCOMPARE(
                panel.pairs()->model()->index(row, ConfusedPairsModel::Total).data().toLongLong(),
                r.confusedPairs[size_t(row)].total());
        }
        PairView* pair = panel.pairs()->pairView();
        QCOMPARE(pair->classA(), r.confusedPairs[0].a);
        QCOMPARE(pair->classB(), r.confusedPairs[0].b);
        // Side by side: training images of each, and the val images taken for the other.
        const auto& first = r.confusedPairs[0];
        QCOMPARE(pair->grid(1)->rowCount(), int(first.aAsB));
        QCOMPARE(pair->grid(3)->rowCount(), int(first.bAsA));
        QVERIFY(pair->grid(0)->rowCount() > 0 && pair->grid(2)->rowCount() > 0);
        for (int row = 0; row < pair->grid(0)->rowCount(); ++row) {
            const int image =
                pair->grid(0)->index(row).data(ThumbnailModel::ImageIndexRole).toInt();
            QCOMPARE(data_->dataset.images[size_t(image)].label, first.a);
            QCOMPARE(data_->dataset.images[size_t(image)].split, taxa::Split::Train);
        }
        // Thumbnails decode in the background and arrive.
        panel.showTab(AnalysisPanel::PairsTab);
        QTRY_COMPARE_WITH_TIMEOUT(pair->grid(1)->index(0).data(ThumbnailModel::StateRole).toInt(),
                                  int(ThumbnailModel::Ready), 10000);
        // Choosing another row shows that pair.
        if (r.confusedPairs.size() > 1) {
            panel.pairs()->table()->selectRow(1);
            QCOMPARE(pair->classA(), r.confusedPairs[1].a);
        }

        // A class leads to its mistakes: class 1 was always taken for class 0.
        panel.showClass(1);
        QCOMPARE(panel.classes()->mistakes()->count(), 1);
        QCOMPARE(panel.classes()->mistakes()->item(0)->data(Qt::UserRole).toInt(), 0);
        QCOMPARE(panel.classes()->pairView()->classA(), 1);
        QCOMPARE(panel.classes()->pairView()->classB(), 0);
        QCOMPARE(panel.classes()->pairView()->grid(1)->rowCount(),
                 int(r.perClass[1].images));  // all its val images
        panel.showClass(2);                   // right every time
        QCOMPARE(panel.classes()->mistakes()->count(), 1);
        QVERIFY(!(panel.classes()->mistakes()->item(0)->flags() & Qt::ItemIsEnabled));
    }

    void comparesAndExports() {
        AnalysisPanel panel;
        panel.resize(1200, 800);
        panel.show();
        panel.setDataset(data_);
        QSignalSpy analysed(&panel, &AnalysisPanel::analysed);
        QVERIFY(panel.openPredictions(csv_));
        QVERIFY(analysed.wait(20000));
        QVERIFY(panel.analysePredictions(fixtures::confusedPredictions(*data_, 2), "shifted",
                                         AnalysisPanel::B));
        QVERIFY(analysed.wait(20000));
        QCOMPARE(analysed.last().at(0).value<AnalysisPanel::Slot>(), AnalysisPanel::B);
        QVERIFY(panel.comparison());
        QVERIFY(panel.headline().contains("B: top-3 error"));
        QCOMPARE(panel.classes()->model()->columnCount(), int(PerClassModel::ColumnCount));
        QCOMPARE(panel.overview()->supercategories()->valueB(0),
                 panel.comparison()->report.supercategories[0].meanClassAccuracy);

        const QString json = dir_.path() + "/report.json";
        const QString csv = dir_.path() + "/report.csv";
        QString error;
        QVERIFY2(panel.exportReport(json, &error), qPrintable(error));
        QVERIFY2(panel.exportReport(csv, &error), qPrintable(error));
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QByteArray text = j.readAll();
        QVERIFY(text.contains("\"top1_error\"") && text.contains("\"confused_pairs\""));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readLine().startsWith("class_index,"));
        QVERIFY(QDir().mkpath(dir_.path() + "/plots"));
        for (const QString suffix : {"png", "pdf", "svg"}) {
            QVERIFY2(panel.exportPlots(dir_.path() + "/plots/analysis." + suffix, &error),
                     qPrintable(error));
            for (const char* name : {"supercategories", "buckets", "rank-of-error"}) {
                const QFileInfo f(dir_.path() + "/plots/analysis-" + name + "." + suffix);
                QVERIFY2(f.size() > 500, qPrintable(f.filePath()));
            }
        }
        QFile svg(dir_.path() + "/plots/analysis-supercategories.svg");
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QVERIFY(!panel.exportReport(dir_.path() + "/no/such/dir/r.json", &error));
        QVERIFY(!error.isEmpty());

        panel.clearComparison();
        QVERIFY(!panel.comparison());
        QCOMPARE(panel.classes()->model()->columnCount(), int(PerClassModel::Top1B));
    }

    void macroScoresByHand() {
        const auto data = fixtures::handWorkedDataset();
        const auto a =
            AnalysisResult::compute(*data, fixtures::handWorkedPredictions(*data), "hand");
        AnalysisOverview overview;
        overview.setResults(data, a);
        // Precision (1/4 + 1/2 + 0)/3, recall (1/2 + 1/2 + 0)/3, F1 (1/3 + 1/2 + 0)/3.
        const QString text = overview.macroText();
        QVERIFY2(text.contains("over 3 species") && text.contains("precision 25.0%") &&
                     text.contains("recall 33.3%") && text.contains("F1 27.8%"),
                 qPrintable(text));
        QVERIFY(!text.contains("B:"));
        overview.setResults(data, a,
                            AnalysisResult::compute(*data, fixtures::allRight(*data), "B"));
        QVERIFY2(overview.macroText().contains("B: precision 100.0% \u00b7 recall 100.0% "
                                               "\u00b7 F1 100.0%"),
                 qPrintable(overview.macroText()));
        overview.setResults(nullptr, nullptr);
        QVERIFY(overview.macroText().isEmpty());
    }

    void precisionRecallByHand() {
        const auto data = fixtures::handWorkedDataset();
        const auto a =
            AnalysisResult::compute(*data, fixtures::handWorkedPredictions(*data), "hand");
        PrecisionRecallView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setResults(data, a);
        PrecisionRecallPlot* plot = view.plot();
        // The split alone: AP 7/36.
        QVERIFY2(view.summary().contains("Average precision 19.4%"), qPrintable(view.summary()));
        QVERIFY(view.summary().contains("top-1 accuracy, 33.3%"));
        QCOMPARE(plot->curveCount(), 1);
        QCOMPARE(plot->curveName(0), QString("All val images, AP 19.4%"));
        // Hovering at the point of threshold 0.9 (P 1/2, R 1/6) names it; far off, nothing.
        plot->replot();
        const QPoint at(qRound(plot->xAxis->coordToPixel(100.0 / 6)),
                        qRound(plot->yAxis->coordToPixel(50)));
        const QString hover = plot->pointText(at + QPoint(3, -2));
        QVERIFY2(hover.contains("0.900") && hover.contains("Precision 50.0%") &&
                     hover.contains("recall 16.7%"),
                 qPrintable(hover));
        QVERIFY(plot->pointText(QPoint(qRound(plot->xAxis->coordToPixel(95)),
                                       qRound(plot->yAxis->coordToPixel(5))))
                    .isEmpty());
        // Each species' curve: 0 has AP 1/2, 1 has 1/4, 2 was never guessed and has none.
        view.showSpecies(0);
        QCOMPARE(plot->curveCount(), 2);
        QCOMPARE(plot->curveName(1), QString("Parus major, AP 50.0%"));
        QVERIFY(view.speciesNote().contains("average precision 50.0%"));
        view.showSpecies(1);
        QCOMPARE(plot->curveName(1), QString("Cyanistes caeruleus, AP 25.0%"));
        view.showSpecies(2);
        QCOMPARE(plot->curveCount(), 1);
        QVERIFY2(view.speciesNote().contains("never the first guess"),
                 qPrintable(view.speciesNote()));
        // Typed into the species box (any case), the name chooses the species.
        view.speciesBox()->setText("parus MAJOR");
        QTest::keyClick(view.speciesBox(), Qt::Key_Return);
        QCOMPARE(view.species(), 0);

        // B (every guess right, AP 1) is drawn dashed beside A, for the species too.
        view.setResults(data, a, AnalysisResult::compute(*data, fixtures::allRight(*data), "B"));
        QCOMPARE(plot->curveCount(), 4);
        QCOMPARE(plot->curveName(1), QString("All val images (B), AP 100.0%"));
        QCOMPARE(plot->curveName(3), QString("Parus major (B), AP 100.0%"));
        QVERIFY(view.summary().contains("B: average precision 100.0%"));

        // Without scores (a Kaggle CSV) there is no curve, and one line says why.
        const auto plain =
            AnalysisResult::compute(*data, fixtures::handWorkedPredictions(*data, false), "plain");
        QVERIFY(!plain->hasScores);
        view.setResults(data, plain);
        QCOMPARE(plot->curveCount(), 0);
        QVERIFY2(view.summary().contains("needs each image's scores"), qPrintable(view.summary()));
        QVERIFY(!view.summary().contains("<br>"));
        QVERIFY(!view.speciesBox()->isEnabled());
    }

    void precisionRecallFollowsTheTable() {
        const auto data = fixtures::handWorkedDataset();
        AnalysisPanel panel;
        panel.resize(1200, 800);
        panel.show();
        panel.setDataset(data);
        QSignalSpy analysed(&panel, &AnalysisPanel::analysed);
        QVERIFY(panel.analysePredictions(fixtures::handWorkedPredictions(*data), "hand"));
        QVERIFY(analysed.wait(20000));
        // The table opens on its worst class (top-1 ascending: species 2, at 0%) and the
        // precision-recall tab shows it; choosing another in the table follows.
        QCOMPARE(panel.precisionRecall()->species(), 2);
        panel.showClass(0);
        QCOMPARE(panel.precisionRecall()->species(), 0);
        panel.showTab(AnalysisPanel::PrecisionRecallTab);
        QCOMPARE(panel.precisionRecall()->plot()->curveCount(), 2);
        QString error;
        QVERIFY(QDir().mkpath(dir_.path() + "/prplots"));
        QVERIFY2(panel.exportPlots(dir_.path() + "/prplots/hand.svg", &error), qPrintable(error));
        QVERIFY(QFileInfo(dir_.path() + "/prplots/hand-precision-recall.svg").size() > 500);
    }

    void predictsWithACheckpoint() {
        // A one-epoch run of a few steps: enough for a checkpoint to predict with.
        const QString run = dir_.path() + "/run";
        taxa::TrainConfig c = taxa::TrainConfig::preset("quick-cpu");
        c.crop = 32;
        c.resize = 37;
        c.batchSize = 4;
        c.stages = {taxa::StageConfig{"train", "all", "train", 1, 0.05}};
        c.maxStepsPerEpoch = 2;
        taxa::engine::Training::start(data_->dataset, data_->taxonomy, c, run.toStdString()).run();

        AnalysisPanel panel;
        panel.setDataset(data_);
        QSignalSpy analysed(&panel, &AnalysisPanel::analysed);
        QSignalSpy failed(&panel, &AnalysisPanel::failed);
        QVERIFY(panel.analyseRun(run));  // no saved predictions: predicts with best.pt
        QVERIFY(panel.isBusy());
        QVERIFY(analysed.wait(60000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(panel.result()->report.images, data_->dataset.imageCount(taxa::Split::Val));
        QVERIFY(QFile::exists(run + "/predictions/val.csv"));
        QVERIFY(QFile::exists(run + "/predictions/val.topk.csv"));
        QVERIFY(panel.headline().contains("run/best.pt"));
        // The second time the saved predictions are read back.
        QVERIFY(panel.analyseRun(run));
        QVERIFY(analysed.wait(20000));
        QVERIFY(panel.headline().contains("run/val.topk.csv"));
        // A broken file fails with a message naming it.
        const QString bad = dir_.path() + "/bad.csv";
        taxa::writeFileAtomic(bad.toStdString(), "id,predicted\n1,2\n");
        QVERIFY(panel.openPredictions(bad));
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().at(0).toString().contains("bad.csv"));
    }

    void explainsAMistakeWithTheRun() {
        // The run of predictsWithACheckpoint, its saved predictions read back: they know their
        // checkpoint, so the pair view's overlay and look-alikes ask the engine.
        AnalysisPanel panel;
        panel.setDataset(data_);
        QSignalSpy analysed(&panel, &AnalysisPanel::analysed);
        QVERIFY(panel.analyseRun(dir_.path() + "/run"));
        QVERIFY(analysed.wait(20000));
        const auto result = panel.result();
        QCOMPARE(result->checkpoint,
                 QFileInfo(dir_.path() + "/run/checkpoints/best.pt").absoluteFilePath());
        int32_t row = 0;
        while (result->predictions.rows[size_t(row)].classes[0] == result->truths[size_t(row)])
            ++row;
        const int32_t truth = result->truths[size_t(row)];
        const int32_t guess = result->predictions.rows[size_t(row)].classes[0];
        PairView view;
        view.setResult(data_, result);
        view.showPair(truth, guess);
        QVERIFY(view.evidence()->image() >= 0);
        SaliencyOverlay* overlay = view.evidence()->overlay();
        overlay->setOpacity(100);
        overlay->setMode(SaliencyOverlay::Contrast);
        QTRY_VERIFY_WITH_TIMEOUT(overlay->map().has_value(), 60000);
        const taxa::SaliencyMap& map = *overlay->map();
        QCOMPARE(map.classA, guess);
        QCOMPARE(map.classB, truth);
        QVERIFY(map.logitA > map.logitB);  // the guess is the top class
        // Over a grey photo, the strongest cell's centre turns the overlay's yellow.
        QPixmap grey(map.sourceWidth, map.sourceHeight);
        grey.fill(QColor(128, 128, 128));
        const QImage shown = overlay->compose(grey).toImage();
        const auto peak = std::max_element(map.values.begin(), map.values.end());
        const int cell = int(peak - map.values.begin());
        const double cx = map.boxX + (cell % map.width + 0.5) * map.boxWidth / map.width;
        const double cy = map.boxY + (cell / map.width + 0.5) * map.boxHeight / map.height;
        const QColor c = shown.pixelColor(int(cx), int(cy));
        QVERIFY2(c.red() > 240 && c.green() > 200 && c.blue() < 40, qPrintable(c.name()));
        QVERIFY(map.boxX >= 1 && map.boxY >= 1);  // the centre crop leaves a margin...
        QCOMPARE(shown.pixelColor(0, 0), QColor(128, 128, 128));  // ...where the photo shows

        // Look-alikes: computed on request into the run, then the nearest training images.
        LookAlikesView* alike = view.lookAlikes();
        alike->computeFeatures();
        QVERIFY(alike->busy());
        // Done once the rows fill (the job's end is reported after its future finishes).
        QTRY_VERIFY_WITH_TIMEOUT(alike->grid(2)->rowCount() > 0, 60000);
        const QString features = dir_.path() + "/run/predictions/features.bin";
        QVERIFY(QFile::exists(features));
        const QDateTime written = QFileInfo(features).lastModified();
        const int32_t classes[2] = {truth, guess};  // A and B of the pair on show
        for (int i = 0; i < 3; ++i) {
            ThumbnailModel* m = alike->grid(i);
            QVERIFY2(m->rowCount() > 0, qPrintable(QString::number(i) + " " + alike->status()));
            for (int r = 0; r < m->rowCount(); ++r) {
                const auto& im =
                    data_->dataset
                        .images[size_t(m->index(r).data(ThumbnailModel::ImageIndexRole).toInt())];
                QCOMPARE(int(im.split), int(taxa::Split::Train));
                if (i < 2) QCOMPARE(im.label, classes[i]);
            }
        }
        // Another view reads the saved features instead of computing them.
        PairView again;
        again.setResult(data_, result);
        again.showPair(guess, truth);
        QTRY_VERIFY_WITH_TIMEOUT(again.lookAlikes()->grid(2)->rowCount() > 0, 20000);
        QCOMPARE(QFileInfo(features).lastModified(), written);
        // Issue 23, defect 21: features of another checkpoint were read when their file was
        // newer. A store names its checkpoint by content: an older file of this checkpoint is
        // read, a newer one of another is not, and recomputing is offered.
        {
            QFile f(features);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-1),
                                  QFileDevice::FileModificationTime));
        }
        PairView older;
        older.setResult(data_, result);
        older.showPair(guess, truth);
        QTRY_VERIFY_WITH_TIMEOUT(older.lookAlikes()->grid(2)->rowCount() > 0, 20000);
        taxa::FeatureStore other = taxa::readFeatureStore(features.toStdString());
        other.source ^= 1;  // as if computed through another checkpoint, and written later
        taxa::writeFeatureStore(other, features.toStdString());
        PairView stale;
        stale.setResult(data_, result);
        stale.showPair(truth, guess);
        QVERIFY(!stale.lookAlikes()->busy());
        QVERIFY2(stale.lookAlikes()->status().contains("another checkpoint"),
                 qPrintable(stale.lookAlikes()->status()));
        QCOMPARE(stale.lookAlikes()->grid(2)->rowCount(), 0);
    }
};

QTEST_MAIN(TestAnalysisPanel)
#include "test_analysispanel.moc"
