// The geographic prior in the Analysis panel, offscreen: the pairs table (under
// QAbstractItemModelTester) counts each confused pair without and with the prior, most
// separated first; a grid prior built in the background, scored alone, then switched on makes
// the comparison B = A times the prior (fewer mistakes on the demo, whose congeners often live
// apart), and switched off removes it; a short network training saves a prior that opens again.

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "DemoFixture.h"
#include "models/PriorPairsModel.h"
#include "util/AtomicFile.h"
#include "views/analysis/AnalysisPanel.h"
#include "views/analysis/GeoPriorView.h"

namespace {

// Val predictions with scores that hesitate: each image's first guess is a congener of the
// truth (when it has one) at 0.45, the truth second at 0.40.
taxa::PredictionSet hesitant(const LoadedDataset& data) {
    const taxa::Taxonomy& tax = data.taxonomy;
    taxa::PredictionSet p;
    p.split = taxa::Split::Val;
    for (const taxa::ImageRecord& im : data.dataset.images) {
        if (im.split != taxa::Split::Val) continue;
        const int32_t genus = tax.ancestor(tax.speciesNode(im.label), taxa::Rank::Genus);
        int32_t other = -1;
        for (int32_t child : tax.node(genus).children)
            if (tax.node(child).classIndex != im.label) other = tax.node(child).classIndex;
        if (other < 0) other = (im.label + 1) % tax.classCount();
        const int32_t third = (std::max(im.label, other) + 1) % tax.classCount();
        p.rows.push_back({im.id, {other, im.label, third}, {0.45f, 0.40f, 0.15f}});
    }
    return p;
}

}  // namespace

class TestGeoPriorView : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<const LoadedDataset> data_;
    QString topk_;

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("TaxaWorkbenchTest");
        QSettings().clear();
        data_ = fixtures::demo(dir_);
        topk_ = dir_.path() + "/val.topk.csv";
        taxa::writeFileAtomic(topk_.toStdString(),
                              taxa::toTopkCsv(hesitant(*data_), data_->dataset));
    }

    void pairsTableCountsWithoutAndWith() {
        const auto without =
            AnalysisResult::compute(*data_, fixtures::confusedPredictions(*data_), "A");
        // With: class 1 is no longer taken for class 0; the other mistakes stay.
        taxa::PredictionSet better = fixtures::confusedPredictions(*data_);
        for (taxa::Prediction& row : better.rows) {
            const int32_t i = data_->findImages({row.imageId}, 8).back();  // val follows train
            if (data_->dataset.images[static_cast<size_t>(i)].label == 1) row.classes = {1, 0, 2};
        }
        const auto with = AnalysisResult::compute(*data_, better, "B");
        PriorPairsModel model;
        QAbstractItemModelTester tester(&model);
        model.setResults(data_, without, with);
        QCOMPARE(model.rowCount(), static_cast<int>(without->report.confusedPairs.size()));
        // The pair (0, 1) lost class 1's three val photos taken for 0 (class 0's first photo,
        // taken for 1, stays): it comes first.
        QCOMPARE(model.index(0, 0).data(PriorPairsModel::ClassARole).toInt(), 0);
        QCOMPARE(model.index(0, 0).data(PriorPairsModel::ClassBRole).toInt(), 1);
        QCOMPARE(model.index(0, PriorPairsModel::Without).data().toLongLong(), 4);
        QCOMPARE(model.index(0, PriorPairsModel::With).data().toLongLong(), 1);
        QCOMPARE(model.index(0, PriorPairsModel::Change).data().toString(), QString("\u22123"));
        QCOMPARE(model.separated(), 1);
        model.setResults(data_, without, nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void gridPriorSwitchedOnAndOff() {
        AnalysisPanel panel;
        panel.resize(1200, 800);
        panel.setDataset(data_);
        QSignalSpy analysed(&panel, &AnalysisPanel::analysed);
        QVERIFY(panel.openPredictions(topk_));
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() == 1 && !panel.isBusy(), 20000);
        GeoPriorView* geo = panel.geo();
        QSignalSpy ready(geo, &GeoPriorView::priorReady);
        QVERIFY(geo->buildGrid());
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 && !geo->isBusy(), 20000);
        QVERIFY(geo->prior() && geo->prior()->isGrid());
        QVERIFY(QFileInfo::exists(geo->priorPath()));
        geo->setUsePrior(true);
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() == 2 && panel.comparison(), 20000);
        QCOMPARE(panel.comparison()->label, GeoPriorView::combinedLabel("grid"));
        // Every first guess was a congener: the prior turns those that live apart.
        QCOMPARE(panel.result()->report.top1Error, 1.0);
        QVERIFY2(panel.comparison()->report.top1Error < 0.8,
                 qPrintable(QString::number(panel.comparison()->report.top1Error)));
        QVERIFY(geo->pairs()->rowCount() > 0 && geo->pairs()->separated() > 0);
        geo->useBox()->setChecked(false);
        QVERIFY(!panel.comparison());
    }

    void trainedNetworkIsSavedAndOpensAgain() {
        GeoPriorView view;
        view.setDataset(data_);  // the grid prior of the test before is remembered...
        QVERIFY(!view.isBusy());
        view.show();  // ...and opened when the view is first shown
        QTRY_VERIFY_WITH_TIMEOUT(view.prior() && !view.isBusy(), 20000);
        QVERIFY(view.prior()->isGrid());
        QSignalSpy ready(&view, &GeoPriorView::priorReady);
        QVERIFY(view.trainNetwork(2));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 && !view.isBusy(), 120000);
        QVERIFY(!view.prior()->isGrid());
        const QString path = view.priorPath();
        GeoPriorView again;  // a new session remembers the dataset's prior
        QSignalSpy readyAgain(&again, &GeoPriorView::priorReady);
        again.setDataset(data_);
        again.show();
        QTRY_VERIFY_WITH_TIMEOUT(readyAgain.count() == 1 && !again.isBusy(), 20000);
        QCOMPARE(again.priorPath(), path);
        QCOMPARE(again.prior()->classes(), data_->taxonomy.classCount());
    }
};

QTEST_MAIN(TestGeoPriorView)
#include "test_geopriorview.moc"
