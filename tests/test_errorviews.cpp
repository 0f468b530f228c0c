// The views that explain errors, on the six-species taxonomy fixture with scored predictions
// worked out by hand: the likely label errors (model under QAbstractItemModelTester, order by
// mistakenness), the pair view's image order and the chosen image's scores, calibration by
// group with and without temperature scaling, the confusion matrix's pixels, and the browser
// zooming from supercategories to a species pair; the window's first start fits the screen;
// without the run's checkpoint the saliency overlay and look-alikes say so and load nothing,
// and without the engine the overlay says so in one line.

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include "MainWindow.h"
#include "TaxonomyFixture.h"
#include "dataset/Minival.h"
#include "engine/Engine.h"
#include "eval/LabelErrors.h"
#include "models/CalibrationModel.h"
#include "models/LabelErrorsModel.h"
#include "models/ThumbnailModel.h"
#include "views/analysis/AnalysisPanel.h"
#include "views/analysis/CalibrationView.h"
#include "views/analysis/ConfusedPairsView.h"
#include "views/analysis/ConfusionBrowser.h"
#include "views/analysis/ConfusionRaster.h"
#include "views/analysis/ImageEvidence.h"
#include "views/analysis/LabelErrorsView.h"
#include "views/analysis/LookAlikesView.h"
#include "views/analysis/PairView.h"
#include "views/analysis/ReliabilityPlot.h"
#include "views/analysis/SaliencyOverlay.h"
#include "views/analysis/ScoreBars.h"

namespace {

// Val images (ids 187..203) by class: 0 x3, 1 x3, 2 x3, 3 x3, 4 x2, 5 x3. Class 1 (Coccinella
// bipunctata) is always taken for 0, the last time at 0.99; the first Parus (3) for Cyanistes
// (4); the first oak (5) for the seven-spot (0). Scores cover all the mass (no tail).
taxa::PredictionSet scoredPredictions(const LoadedDataset& data) {
    taxa::PredictionSet p;
    std::vector<int> seen(6, 0);
    for (const taxa::ImageRecord& im : data.dataset.images) {
        if (im.split != taxa::Split::Val) continue;
        const int n = seen[size_t(im.label)]++;
        taxa::Prediction r{im.id, {}, {}};
        switch (im.label) {
            case 0:
                r.classes = {0, 1, 2}, r.scores = {0.9f, 0.06f, 0.04f};
                break;
            case 1:
                if (n < 2)
                    r.classes = {0, 1, 2}, r.scores = {0.7f, 0.2f, 0.1f};
                else
                    r.classes = {0, 2, 1}, r.scores = {0.99f, 0.005f, 0.005f};
                break;
            case 2:
                r.classes = {2, 0, 1}, r.scores = {0.6f, 0.3f, 0.1f};
                break;
            case 3:
                if (n == 0)
                    r.classes = {4, 3, 5}, r.scores = {0.5f, 0.4f, 0.1f};
                else
                    r.classes = {3, 4, 5}, r.scores = {0.8f, 0.15f, 0.05f};
                break;
            case 4:
                r.classes = {4, 3, 0}, r.scores = {0.85f, 0.1f, 0.05f};
                break;
            default:
                if (n == 0)
                    r.classes = {0, 5, 3}, r.scores = {0.55f, 0.25f, 0.2f};
                else
                    r.classes = {5, 0, 3}, r.scores = {0.95f, 0.03f, 0.02f};
        }
        p.rows.push_back(r);
    }
    return p;
}

int64_t imageId(const LoadedDataset& data, int image) {
    return data.dataset.images[size_t(image)].id;
}

}  // namespace

class TestErrorViews : public QObject {
    Q_OBJECT
    std::shared_ptr<const LoadedDataset> data_ = fixtures::taxonomyFixture();
    std::shared_ptr<const AnalysisResult> result_;

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("TaxaWorkbenchTest");
        QSettings().clear();
        result_ = AnalysisResult::compute(*data_, scoredPredictions(*data_), "scored");
        QVERIFY(result_->hasScores);
    }

    void labelErrorsMostMistakenFirst() {
        LabelErrorsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(data_, result_);
        // Wrong: 190, 191 (entropy 0.80), 192 (0.99 sure: 0.06), 196 (0.94), 201 (1.00).
        const std::vector<int64_t> expected = {192, 190, 191, 196, 201};
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex ix = model.index(row, LabelErrorsModel::Rank);
            QCOMPARE(imageId(*data_, ix.data(LabelErrorsModel::ImageRole).toInt()),
                     expected[size_t(row)]);
            QCOMPARE(ix.data().toInt(), row + 1);
        }
        const QModelIndex top = model.index(0, 0);
        QCOMPARE(top.data(LabelErrorsModel::TruthRole).toInt(), 1);
        QCOMPARE(top.data(LabelErrorsModel::PredictedRole).toInt(), 0);
        QCOMPARE(model.index(0, LabelErrorsModel::Labelled).data().toString(),
                 QString("Coccinella bipunctata"));
        QVERIFY(std::abs(model.index(0, LabelErrorsModel::LabelProbability)
                             .data(LabelErrorsModel::SortRole)
                             .toDouble() -
                         0.005) < 1e-6);
        // Without scores there is nothing to rank.
        taxa::PredictionSet plain = scoredPredictions(*data_);
        for (auto& r : plain.rows)
            r.scores.clear();
        model.setResult(data_, AnalysisResult::compute(*data_, plain, "plain"));
        QCOMPARE(model.rowCount(), 0);
    }

    void pairViewOrdersAndExplains() {
        PairView view;
        view.setResult(data_, result_);
        view.showPair(1, 0);
        // Class 1's val images taken for 0, most mistaken first, then in file order.
        auto ids = [&](ThumbnailModel* m) {
            std::vector<int64_t> out;
            for (int r = 0; r < m->rowCount(); ++r)
                out.push_back(
                    imageId(*data_, m->index(r).data(ThumbnailModel::ImageIndexRole).toInt()));
            return out;
        };
        QCOMPARE(ids(view.grid(1)), (std::vector<int64_t>{192, 190, 191}));
        QCOMPARE(view.imageOrder(), ImageOrder::Mistakenness);
        // The first is on show with its three scores and where it ranks.
        QCOMPARE(imageId(*data_, view.evidence()->image()), int64_t(192));
        QCOMPARE(view.evidence()->bars()->bars().size(), 3);
        QVERIFY(view.evidence()->bars()->bars()[2].isLabel);
        QVERIFY2(view.evidence()->details().contains("Likely label error 1 of 5"),
                 qPrintable(view.evidence()->details()));
        view.setImageOrder(ImageOrder::Dataset);
        QCOMPARE(ids(view.grid(1)), (std::vector<int64_t>{190, 191, 192}));
        // A train image is no val image: nothing to explain.
        view.chooseImage(view.grid(0)->index(0).data(ThumbnailModel::ImageIndexRole).toInt());
        QCOMPARE(view.evidence()->image(), -1);
    }

    void whyNeedsTheRunsCheckpoint() {
        // Predictions from a bare file: no model to ask, so neither the overlay nor the
        // look-alikes start, and the engine stays unloaded even when the overlay is chosen.
        PairView view;
        view.setResult(data_, result_);
        view.showPair(1, 0);
        SaliencyOverlay* overlay = view.evidence()->overlay();
        QVERIFY(overlay->findChild<QComboBox*>() && !overlay->findChild<QComboBox*>()->isEnabled());
        QVERIFY2(overlay->note().contains("No checkpoint"), qPrintable(overlay->note()));
        overlay->setMode(SaliencyOverlay::Contrast);
        QVERIFY(!overlay->busy() && !overlay->map());
        QVERIFY2(view.lookAlikes()->status().contains("checkpoint"),
                 qPrintable(view.lookAlikes()->status()));
        view.lookAlikes()->computeFeatures();
        QVERIFY(!view.lookAlikes()->busy());
        QVERIFY(!taxa::engine::loaded());
        // A run's predictions without the engine installed: one line says so, once.
        auto withRun = std::make_shared<AnalysisResult>(*result_);
        withRun->checkpoint = "/nonexistent/run/checkpoints/best.pt";
        qputenv("TAXA_ENGINE", "/nonexistent/libtaxa_engine.so");
        view.setResult(data_, withRun);
        view.showPair(1, 0);
        overlay->setMode(SaliencyOverlay::Contrast);
        QTRY_VERIFY(overlay->note().contains("not installed"));
        QTest::qWait(200);
        QVERIFY(!overlay->busy() && !overlay->map());
        QVERIFY(overlay->note().contains("not installed"));
        QVERIFY(!overlay->note().contains('\n'));
        QCOMPARE(LookAlikesView::featuresPath("/r/run1/checkpoints/best.pt"),
                 QString("/r/run1/predictions/features.bin"));
        QVERIFY(LookAlikesView::featuresPath("/r/model.pt").isEmpty());
    }

    void calibrationByGroup() {
        CalibrationView view;
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setResult(data_, result_);
        const taxa::CalibrationReport& cal = *result_->report.calibration;
        // All, three supercategories, the buckets holding classes: 2-4 (3), 5-9 (7), 10-19
        // (12), 20-49 (25, 40), 100-199 (100).
        QCOMPARE(view.model()->rowCount(), 1 + 3 + 5);
        QCOMPARE(view.model()->index(0, CalibrationModel::Images).data().toLongLong(),
                 qlonglong(17));
        QCOMPARE(view.model()
                     ->index(0, CalibrationModel::Ece)
                     .data(CalibrationModel::SortRole)
                     .toDouble(),
                 cal.all.ece());
        QVERIFY(view.plot()->title().startsWith("All val images"));
        QCOMPARE(view.plot()->binsShown(),
                 int(std::count_if(cal.all.bins.begin(), cal.all.bins.end(),
                                   [](const auto& b) { return b.images > 0; })));
        // Image 199 (a Parus) is the fixture's one minival image: T is fitted on it alone.
        QVERIFY(taxa::inMinival(199));
        QVERIFY(result_->temperature);
        QCOMPARE(result_->temperature->fitImages, int64_t(1));
        QVERIFY(view.scaling()->isEnabled());
        view.setScaled(true);
        QVERIFY(view.plot()->title().contains("T = "));
        QCOMPARE(view.model()
                     ->index(0, CalibrationModel::EceScaled)
                     .data(CalibrationModel::SortRole)
                     .toDouble(),
                 result_->scaledCalibration->all.ece());
        QVERIFY(view.summary().contains("16 images outside minival"));
    }

    void rasterPixelsByHand() {
        taxa::ConfusionSlice s;
        s.rows = s.cols = {10, 11};
        s.cells = {{0, 1, 5}, {1, 0, 1}};
        s.maxCount = 5;
        ConfusionRaster r = rasteriseConfusion(s, QSize(100, 120));
        QCOMPARE(r.cell, 50.0);
        QCOMPARE(r.image.size(), QSize(100, 100));
        QCOMPARE(r.cellAt({75, 25}), 0);
        QCOMPARE(r.cellAt({25, 75}), 1);
        QCOMPARE(r.cellAt({25, 25}), -1);
        QCOMPARE(r.image.pixelColor(25, 25).alpha(), 0);
        // Four by four into two pixels a side: each pixel shows the largest cell it covers.
        s.rows = s.cols = {1, 2, 3, 4};
        s.cells = {{0, 0, 1}, {1, 1, 7}, {3, 2, 2}};
        s.maxCount = 7;
        r = rasteriseConfusion(s, QSize(2, 2));
        QCOMPARE(r.cell, 0.5);
        QCOMPARE(r.cellAt({0, 0}), 1);
        QCOMPARE(r.cellAt({1, 1}), 2);
        QCOMPARE(r.cellAt({1, 0}), -1);
        QCOMPARE(r.image.pixelColor(0, 0), confusionColor(7, 7));
        // The log scale darkens with the count.
        QVERIFY(confusionColor(1, 100).lightness() > confusionColor(10, 100).lightness());
        QVERIFY(confusionColor(10, 100).lightness() > confusionColor(100, 100).lightness());
    }

    void browserZoomsToThePair() {
        ConfusionBrowser browser;
        browser.resize(700, 600);
        browser.show();
        browser.setResult(data_, result_);
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        const taxa::ConfusionSlice& top = browser.matrix()->slice();
        // Insecta x Insecta 3, Aves x Aves 1, Plantae x Insecta 1.
        QCOMPARE(top.level, taxa::ConfusionLevel::Supercategory);
        QCOMPARE(top.rows.size(), size_t(3));
        QCOMPARE(top.cells.size(), size_t(3));
        QCOMPARE(top.cells[0].count, int64_t(3));
        QVERIFY(browser.matrix()->showsNames());
        // A click on Insecta x Insecta goes down to the first level that splits the block: the
        // two Coccinella species.
        QSignalSpy pairs(&browser, &ConfusionBrowser::pairRequested);
        QTest::mouseClick(browser.matrix(), Qt::LeftButton, {}, browser.matrix()->cellCentre(0));
        QCOMPARE(browser.depth(), 1);
        QCOMPARE(browser.level(), taxa::ConfusionLevel::Species);
        const taxa::ConfusionSlice& ladybirds = browser.matrix()->slice();
        QCOMPARE(ladybirds.rows.size(), size_t(2));
        QCOMPARE(ladybirds.cells.size(), size_t(1));
        QCOMPARE(ladybirds.cells[0].count, int64_t(3));
        QVERIFY(browser.trail().endsWith("Insecta"));
        // At species level a cell is a pair: C. bipunctata (1) taken for C. septempunctata (0).
        QTest::mouseClick(browser.matrix(), Qt::LeftButton, {}, browser.matrix()->cellCentre(0));
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs[0][0].value<int32_t>(), 1);
        QCOMPARE(pairs[0][1].value<int32_t>(), 0);
        browser.zoomOut();
        QCOMPARE(browser.depth(), 0);
        // Straight to genus over everything: Coccinella, Cyanistes, Parus, Quercus take part.
        browser.setLevel(taxa::ConfusionLevel::Genus);
        QCOMPARE(browser.matrix()->slice().rows.size(), size_t(4));
    }

    void aLabelErrorOpensItsPair() {
        AnalysisPanel panel;
        panel.resize(1000, 800);
        panel.show();
        panel.setDataset(data_);
        QSignalSpy analysed(&panel, &AnalysisPanel::analysed);
        QVERIFY(panel.analysePredictions(scoredPredictions(*data_), "scored"));
        QVERIFY(analysed.size() == 1 || analysed.wait(20000));
        panel.showTab(AnalysisPanel::LabelErrorsTab);
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView* table = panel.labelErrors()->table();
        QCOMPARE(imageId(*data_, panel.labelErrors()->evidence()->image()), int64_t(192));
        // The fourth: the Parus taken for a Cyanistes (image 196).
        const QModelIndex fourth = table->model()->index(3, 0);
        table->setCurrentIndex(fourth);
        QCOMPARE(imageId(*data_, panel.labelErrors()->evidence()->image()), int64_t(196));
        // "Open the Pair" beside the image (a double-click on the row does the same).
        QPushButton* open = nullptr;
        for (QPushButton* b : panel.labelErrors()->evidence()->findChildren<QPushButton*>())
            if (b->text().contains("Pair")) open = b;
        QVERIFY(open && open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        PairView* pair = panel.pairs()->pairView();
        QCOMPARE(std::min(pair->classA(), pair->classB()), 3);
        QCOMPARE(std::max(pair->classA(), pair->classB()), 4);
        QCOMPARE(panel.currentTab(), AnalysisPanel::PairsTab);
        QCOMPARE(imageId(*data_, pair->evidence()->image()), int64_t(196));
    }

    void firstStartFillsMostOfTheScreen() {
        QSettings().clear();
        MainWindow w;
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        QVERIFY(w.width() <= screen.width() && w.height() <= screen.height());
        QVERIFY2(w.width() >= screen.width() * 0.85 && w.height() >= screen.height() * 0.85,
                 qPrintable(QString("%1x%2 on %3x%4")
                                .arg(w.width())
                                .arg(w.height())
                                .arg(screen.width())
                                .arg(screen.height())));
    }
};

QTEST_MAIN(TestErrorViews)
#include "test_errorviews.moc"
