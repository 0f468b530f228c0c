// The summary: its table model, and split-check findings leading to what they concern
// (FindingItemsModel and the summary panel); near-duplicates across splits by features, found
// in the background (NearDuplicateJob), listed pair by pair and shown side by side.

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <random>

#include "EmbedFixtures.h"
#include "TaxonomyFixture.h"
#include "jobs/NearDuplicateJob.h"
#include "models/FindingItemsModel.h"
#include "models/SummaryModel.h"
#include "util/Fingerprint.h"
#include "views/common/JobStatus.h"
#include "views/dataset/ImageViewer.h"
#include "views/dataset/NearDuplicatePairDialog.h"
#include "views/dataset/SummaryPanel.h"

namespace {

// The fixture's images: train/0/5.jpg (image 5, Coccinella septempunctata) copied into val as
// val/0/0.jpg (image 187), and train/3/0.jpg (image 55, Parus major) into val as val/1/0.jpg
// (image 190), each as a move of its feature vector to a set cosine.
constexpr int32_t kCopiedA = 5, kCopyA = 187, kCopiedB = 55, kCopyB = 190;

// @p x moved to cosine @p c with it, in a random direction orthogonal to it.
void moveTo(std::vector<float>& x, double c, std::mt19937& gen) {
    std::normal_distribution<double> normal;
    std::vector<double> u(x.size());
    double dot = 0, len = 0;
    for (size_t i = 0; i < u.size(); ++i)
        u[i] = normal(gen), dot += u[i] * x[i];
    for (size_t i = 0; i < u.size(); ++i)
        u[i] -= dot * x[i], len += u[i] * u[i];
    for (size_t i = 0; i < u.size(); ++i)
        x[i] = float(c * x[i] + std::sqrt(1 - c * c) * u[i] / std::sqrt(len));
}

// One random unit vector per image of @p data (cosines about 0 +- 0.15), with the copies
// planted at cosine 0.99 and 0.92.
taxa::FeatureStore plantedStore(const LoadedDataset& data) {
    const auto& images = data.dataset.images;
    taxa::FeatureStore s = fixtures::groupedStore(int(images.size()), 1, 64, 0, 3);
    for (size_t i = 0; i < images.size(); ++i) {
        s.imageIds[i] = images[i].id;
        s.splits[i] = uint8_t(images[i].split);
    }
    std::mt19937 gen(7);
    const std::pair<int32_t, int32_t> copies[] = {{kCopiedA, kCopyA}, {kCopiedB, kCopyB}};
    const double cosines[] = {0.99, 0.92};
    for (int k = 0; k < 2; ++k) {
        std::vector<float> x(64);
        taxa::halfToFloat(s.row(size_t(copies[k].first)), x.size(), x.data());
        moveTo(x, cosines[k], gen);
        taxa::floatToHalf(x.data(), x.size(), s.values.data() + size_t(copies[k].second) * 64);
    }
    return s;
}

QString writeStore(const taxa::FeatureStore& s, const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    taxa::writeFeatureStore(s, path.toStdString());
    return path;
}

// Runs @p work here, as the pool would.
void runHere(const BackgroundJob::Work& work) {
    work([](const taxa::Progress&) { return true; });
}

}  // namespace

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

    void jobFindsPlantedPairs();
    void jobReadsTheRunsCurrentFeatures();
    void panelListsPairsAndShowsThemSideBySide();
    void thresholdChangesWhatIsFound();
    void foreignOrTruncatedFeaturesSayWhyInOneLine();
    void anotherDatasetDropsTheResult();
};

void TestFindings::jobFindsPlantedPairs() {
    const auto data = fixtures::taxonomyFixture();
    QTemporaryDir dir;
    const taxa::FeatureStore store = plantedStore(*data);
    const QString path = writeStore(store, dir.filePath("features.bin"));
    // At 0.95 the close copy alone, at 0.90 both, most alike first; nothing else comes close.
    for (const double threshold : {0.95, 0.90}) {
        auto out = std::make_shared<NearDuplicateJob::Report>();
        runHere(NearDuplicateJob::find(data, path, threshold, out));
        QCOMPARE(out->features, path.toStdString());
        QCOMPARE(out->threshold, threshold);
        QCOMPARE(out->pairs.size(), size_t(threshold > 0.92 ? 1 : 2));
        QCOMPARE(out->images[out->pairs[0].rowA], kCopiedA);
        QCOMPARE(out->images[out->pairs[0].rowB], kCopyA);
        QVERIFY(std::abs(out->pairs[0].similarity - fixtures::rowCosine(store, kCopiedA, kCopyA)) <
                1e-4);
        if (out->pairs.size() == 2) {
            QCOMPARE(out->images[out->pairs[1].rowA], kCopiedB);
            QCOMPARE(out->images[out->pairs[1].rowB], kCopyB);
            QVERIFY(std::abs(out->pairs[1].similarity - 0.92) < 0.005);
        }
    }
}

void TestFindings::jobReadsTheRunsCurrentFeatures() {
    // The run's own store (named by its checkpoint) is read; the engine is out of reach here,
    // so computing would fail.
    const auto data = fixtures::taxonomyFixture();
    QTemporaryDir dir;
    const QString checkpoint = dir.filePath("run/checkpoints/best.pt");
    QDir().mkpath(QFileInfo(checkpoint).absolutePath());
    QFile file(checkpoint);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1000, 'x'));
    file.close();
    taxa::FeatureStore store = plantedStore(*data);
    store.source = taxa::archiveFingerprint(checkpoint.toStdString());
    writeStore(store, dir.filePath("run/predictions/features.bin"));
    auto out = std::make_shared<NearDuplicateJob::Report>();
    runHere(NearDuplicateJob::ofRun(data, checkpoint, 0.95, out));
    QCOMPARE(out->pairs.size(), size_t(1));
    QVERIFY(QString::fromStdString(out->features).endsWith("run/predictions/features.bin"));
}

void TestFindings::panelListsPairsAndShowsThemSideBySide() {
    const auto data = fixtures::taxonomyFixture("/nonexistent", true);
    QTemporaryDir dir;
    const taxa::FeatureStore store = plantedStore(*data);
    const QString path = writeStore(store, dir.filePath("features.bin"));
    SummaryPanel panel;
    panel.resize(900, 700);
    panel.setDataset(data);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int before = panel.findings()->count();
    QCOMPARE(panel.nearThreshold()->value(), 0.95);
    QVERIFY(panel.findNearDuplicates(path));
    QTRY_VERIFY_WITH_TIMEOUT(panel.nearDuplicates() != nullptr, 20000);
    QCOMPARE(panel.findings()->count(), before + 1);
    const int row = panel.nearDuplicateRow();
    QVERIFY(row >= 0);
    QCOMPARE(panel.findings()->currentRow(), row);
    QCOMPARE(panel.findings()->item(row)->text(),
             QString("[warning] near-duplicates: 1 pair(s) across splits at cosine >= 0.95 "
                     "(features: %1)")
                 .arg(QDir::toNativeSeparators(path)));

    QListView* items = panel.findingItems();
    QCOMPARE(items->model()->rowCount(), 1);
    const QModelIndex pair = items->model()->index(0, 0);
    QCOMPARE(pair.data(FindingItemsModel::ImageRole).toInt(), kCopiedA);
    QCOMPARE(pair.data(FindingItemsModel::PairImageRole).toInt(), kCopyA);
    const double similarity = fixtures::rowCosine(store, kCopiedA, kCopyA);
    QVERIFY(std::abs(pair.data(FindingItemsModel::SimilarityRole).toDouble() - similarity) < 1e-4);
    QCOMPARE(pair.data().toString(),
             QString("%1  train/0/5.jpg (train, Coccinella septempunctata)\n"
                     "\u2003\u2003\u2003val/0/0.jpg (val, Coccinella septempunctata)")
                 .arg(similarity, 0, 'f', 4));

    QVERIFY(!panel.pairDialog());
    QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, items->visualRect(pair).center());
    NearDuplicatePairDialog* dialog = panel.pairDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->first()->image(), kCopiedA);
    QCOMPARE(dialog->second()->image(), kCopyA);
    QVERIFY(dialog->first()->field("Split").startsWith("train"));
    QVERIFY(dialog->second()->field("Split").startsWith("val"));
    QCOMPARE(dialog->first()->field("Species"), QString("Coccinella septempunctata"));
    QCOMPARE(dialog->second()->field("File"), QString("val/0/0.jpg"));
    QVERIFY2(dialog->heading().contains(QString::number(similarity, 'f', 4)),
             qPrintable(dialog->heading()));
    dialog->close();
}

void TestFindings::thresholdChangesWhatIsFound() {
    const auto data = fixtures::taxonomyFixture();
    QTemporaryDir dir;
    const QString path = writeStore(plantedStore(*data), dir.filePath("features.bin"));
    SummaryPanel panel;
    panel.setDataset(data);
    panel.nearThreshold()->setValue(0.9);
    QVERIFY(panel.findNearDuplicates(path));
    QTRY_VERIFY_WITH_TIMEOUT(panel.nearDuplicates() != nullptr, 20000);
    QCOMPARE(panel.nearDuplicates()->pairs.size(), size_t(2));
    QVERIFY(panel.findings()->item(panel.nearDuplicateRow())->text().contains("2 pair(s)"));
    QCOMPARE(panel.findingItems()->model()->rowCount(), 2);
    const QModelIndex second = panel.findingItems()->model()->index(1, 0);
    QCOMPARE(second.data(FindingItemsModel::ImageRole).toInt(), kCopiedB);
    QCOMPARE(second.data(FindingItemsModel::PairImageRole).toInt(), kCopyB);
    QVERIFY(second.data().toString().contains("train/3/0.jpg (train, Parus major)"));
    QVERIFY(second.data().toString().contains("val/1/0.jpg (val, Coccinella bipunctata)"));

    // Above both copies: the check ran and found none, and says so.
    panel.nearThreshold()->setValue(0.995);
    const auto last = panel.nearDuplicates();
    QVERIFY(panel.findNearDuplicates(path));
    QTRY_VERIFY_WITH_TIMEOUT(panel.nearDuplicates() != last, 20000);
    QVERIFY(panel.nearDuplicates()->pairs.empty());
    QVERIFY(panel.findings()
                ->item(panel.nearDuplicateRow())
                ->text()
                .startsWith("near-duplicates: none across splits at cosine >= 0.995"));
    QCOMPARE(panel.findingItems()->model()->rowCount(), 0);
}

void TestFindings::foreignOrTruncatedFeaturesSayWhyInOneLine() {
    const auto data = fixtures::taxonomyFixture();
    QTemporaryDir dir;
    taxa::FeatureStore store = plantedStore(*data);
    const QString good = writeStore(store, dir.filePath("good.bin"));
    store.imageIds[190] = 99999;  // a val image this dataset lacks
    const QString foreign = writeStore(store, dir.filePath("other/features.bin"));
    QByteArray bytes = QByteArray::fromStdString(taxa::serializeFeatures(store));
    bytes.truncate(bytes.size() / 2);
    const QString truncated = dir.filePath("truncated.bin");
    QFile file(truncated);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    SummaryPanel panel;
    panel.setDataset(data);
    QVERIFY(panel.findNearDuplicates(good));
    QTRY_VERIFY_WITH_TIMEOUT(panel.nearDuplicates() != nullptr, 20000);
    const auto found = panel.nearDuplicates();
    const int rows = panel.findings()->count();
    for (const QString& path : {foreign, truncated}) {
        QSignalSpy failed(panel.nearDuplicateStatus(), &JobStatus::failed);
        QVERIFY(panel.findNearDuplicates(path));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY(panel.nearDuplicateStatus()->text().contains(message.toHtmlEscaped()));
        QVERIFY2(message.startsWith(path + ": ") && !message.contains('\n'), qPrintable(message));
        if (path == foreign)
            QVERIFY2(message.contains("val image 99999 is not in this dataset"),
                     qPrintable(message));
        // Nothing else lost: the last result stays listed.
        QCOMPARE(panel.nearDuplicates(), found);
        QCOMPARE(panel.findings()->count(), rows);
    }
}

void TestFindings::anotherDatasetDropsTheResult() {
    const auto data = fixtures::taxonomyFixture();
    QTemporaryDir dir;
    const QString path = writeStore(plantedStore(*data), dir.filePath("features.bin"));
    SummaryPanel panel;
    panel.setDataset(data);
    QVERIFY(panel.findNearDuplicates(path));
    QTRY_VERIFY_WITH_TIMEOUT(panel.nearDuplicates() != nullptr, 20000);
    panel.setDataset(data, true);  // the test split read: same images
    QVERIFY(panel.nearDuplicates() != nullptr);
    QVERIFY(panel.nearDuplicateRow() >= 0);
    panel.setDataset(fixtures::taxonomyFixture("/elsewhere"));
    QVERIFY(panel.nearDuplicates() == nullptr);
    QCOMPARE(panel.nearDuplicateRow(), -1);
}

QTEST_MAIN(TestFindings)
#include "test_findings.moc"
