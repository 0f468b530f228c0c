// The summary: its table model, and split-check findings leading to what they concern
// (FindingItemsModel and the summary panel).

#include <QAbstractItemModelTester>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QtTest>

#include "TaxonomyFixture.h"
#include "models/FindingItemsModel.h"
#include "models/SummaryModel.h"
#include "views/dataset/SummaryPanel.h"

class TestFindings : public QObject {
    Q_OBJECT

    static int findingIndex(const LoadedDataset& data, const std::string& kind) {
        const auto& f = data.stats.checks.findings;
        for (size_t i = 0; i < f.size(); ++i)
            if (f[i].kind == kind) return static_cast<int>(i);
        return -1;
    }

  private slots:
    void summaryTable() {
        SummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(fixtures::taxonomyFixture());
        // Insecta (3 species), Aves (2), Plantae (1), then the total.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, SummaryModel::Name).data().toString(), QString("Insecta"));
        QCOMPARE(model.index(0, SummaryModel::Train).data(Qt::UserRole).toLongLong(), 55);
        QCOMPARE(model.index(1, SummaryModel::Val).data(Qt::UserRole).toLongLong(), 5);
        QCOMPARE(model.index(3, SummaryModel::Classes).data(Qt::UserRole).toLongLong(), 6);
        model.setDataset(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void listsSpeciesOrImages() {
        const auto data = fixtures::taxonomyFixture("/nonexistent", true);
        // Cyanistes caeruleus has 2 val images instead of 3; Ann shot a train and a val image.
        const int val = findingIndex(*data, "val-count");
        const int photographers = findingIndex(*data, "photographers");
        QVERIFY(val >= 0 && photographers >= 0);

        FindingItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFinding(data, val);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.listsImages());
        QCOMPARE(model.index(0).data().toString(), QString("Cyanistes caeruleus (7 train, 2 val)"));
        QCOMPARE(model.index(0).data(FindingItemsModel::ClassRole).toInt(), 4);
        QCOMPARE(model.index(0).data(FindingItemsModel::ImageRole).toInt(), -1);

        model.setFinding(data, photographers);
        QVERIFY(model.listsImages());
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const int image = model.index(row).data(FindingItemsModel::ImageRole).toInt();
            QCOMPARE(data->dataset.images[static_cast<size_t>(image)].photographer, 0);
            QCOMPARE(model.index(row).data(FindingItemsModel::ClassRole).toInt(), 0);
        }
        QVERIFY(model.index(0).data().toString().startsWith("train/0/0.jpg (train"));
        QVERIFY(model.index(1).data().toString().startsWith("val/0/0.jpg (val"));
        QCOMPARE(model.unlisted(), int64_t(0));

        model.setFinding(data, -1);
        QCOMPARE(model.rowCount(), 0);
    }

    void clickingAFindingLeadsOn() {
        const auto data = fixtures::taxonomyFixture("/nonexistent", true);
        SummaryPanel panel;
        panel.resize(800, 600);
        panel.setDataset(data);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy species(&panel, &SummaryPanel::speciesRequested);
        QSignalSpy images(&panel, &SummaryPanel::imageRequested);

        panel.findings()->setCurrentRow(findingIndex(*data, "val-count"));
        QListView* items = panel.findingItems();
        QCOMPARE(items->model()->rowCount(), 1);
        QTest::mouseClick(items->viewport(), Qt::LeftButton, {},
                          items->visualRect(items->model()->index(0, 0)).center());
        QCOMPARE(species.count(), 1);
        QCOMPARE(species.at(0).at(0).toInt(), 4);

        panel.findings()->setCurrentRow(findingIndex(*data, "photographers"));
        QCOMPARE(items->model()->rowCount(), 2);
        QTest::mouseClick(items->viewport(), Qt::LeftButton, {},
                          items->visualRect(items->model()->index(1, 0)).center());
        QCOMPARE(images.count(), 1);
        const int image = images.at(0).at(0).toInt();
        QCOMPARE(data->dataset.images[static_cast<size_t>(image)].split, taxa::Split::Val);
    }
};

QTEST_MAIN(TestFindings)
#include "test_findings.moc"
