// The app on datasets beyond the iNaturalist files: a CUB image with its bounding box drawn
// where the box file puts it, a folder tree's ranks by its own names in the taxonomy and its
// filter, and the analysis headline led by the dataset's metric.

#include <QComboBox>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "LayoutFixtures.h"
#include "models/TaxonomyModel.h"
#include "state/LoadedDataset.h"
#include "views/analysis/AnalysisOverview.h"
#include "views/analysis/AnalysisPanel.h"
#include "views/common/BarChart.h"
#include "views/dataset/ImageViewer.h"
#include "views/dataset/TaxonomyPanel.h"
#include "workers/ThumbnailLoader.h"

namespace {

void writeJpeg(const QString& path, int w, int h) {
    QDir().mkpath(QFileInfo(path).path());
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(90, 140, 200));
    if (!image.save(path, "JPG")) qFatal("cannot write %s", qPrintable(path));
}

std::shared_ptr<const LoadedDataset> depthThreeTree(const QTemporaryDir& dir) {
    fixtures::writeClassTree(
        dir,
        {"Plantae/Asteraceae/Helianthus annuus", "Plantae/Asteraceae/Bellis perennis",
         "Plantae/Rosaceae/Rosa canina", "Animalia/Coccinellidae/Coccinella septempunctata"},
        3, 2);
    return LoadedDataset::load(dir.path().toStdString(), {});
}

}  // namespace

class TestLayoutViews : public QObject {
    Q_OBJECT

  private slots:
    void viewerDrawsTheBoundingBox() {
        QTemporaryDir dir;
        fixtures::writeCub(dir);
        // Image 6 (val, the last record) is 400 x 300 with its box at (10.5, 20.25) 30 x 40.
        writeJpeg(dir.path() + "/images/003.Sooty_Albatross/Sooty_Albatross_0001_1071.jpg", 400,
                  300);
        const auto data = LoadedDataset::load(dir.path().toStdString(), {});
        ImageViewer viewer;
        viewer.resize(808, 700);
        viewer.setDataset(data);
        viewer.show();
        viewer.showImage(5);
        QCOMPARE(viewer.field("Bounding box"), QString("30 \u00d7 40 at 11, 20"));
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.drawnImage().isEmpty(), 10000);
        const QRect image = viewer.drawnImage(), box = viewer.drawnBox();
        // CUB gives no image sizes: the box is placed by the decoder's size of the file.
        QCOMPARE(viewer.loader()->sourceSize(QString::fromStdString(data->imagePath(5))),
                 QSize(400, 300));
        const double scale = image.width() / 400.0;
        QVERIFY2(std::abs(box.left() - (image.left() + 10.5 * scale)) <= 1 &&
                     std::abs(box.top() - (image.top() + 20.25 * scale)) <= 1 &&
                     std::abs(box.width() - 30 * scale) <= 2 &&
                     std::abs(box.height() - 40 * scale) <= 2,
                 qPrintable(QString("box %1,%2 %3x%4 in image %5,%6 %7x%8")
                                .arg(box.x())
                                .arg(box.y())
                                .arg(box.width())
                                .arg(box.height())
                                .arg(image.x())
                                .arg(image.y())
                                .arg(image.width())
                                .arg(image.height())));
        // An image without a box draws none.
        QTemporaryDir plain;
        viewer.setDataset(depthThreeTree(plain));
        viewer.showImage(0);
        QVERIFY(viewer.field("Bounding box").isEmpty());
        QVERIFY(viewer.drawnBox().isEmpty());
    }

    void taxonomyUsesTheTreesRankNames() {
        QTemporaryDir dir;
        const auto data = depthThreeTree(dir);
        TaxonomyPanel panel;
        panel.setDataset(data);
        auto* rank = panel.findChild<QComboBox*>();
        QStringList entries;
        for (auto* combo : panel.findChildren<QComboBox*>())
            if (combo->itemData(0).toInt() == -1)
                for (int i = 0; i < combo->count(); ++i)
                    entries << combo->itemText(i);
        QVERIFY(rank);
        QCOMPARE(entries, (QStringList{"at any rank", "in level 1 names", "in level 2 names",
                                       "in class names"}));
        TaxonomyModel* model = panel.model();
        const QModelIndex plantae = model->indexOfTaxon(
            data->taxonomy.ancestor(data->taxonomy.speciesNode(1), taxa::Rank::Family));
        QCOMPARE(plantae.data().toString(), QString("Plantae"));
        QCOMPARE(plantae.siblingAtColumn(TaxonomyModel::RankColumn).data().toString(),
                 QString("level 1"));
        const QModelIndex species = model->indexOfTaxon(data->taxonomy.speciesNode(1));
        QCOMPARE(species.siblingAtColumn(TaxonomyModel::RankColumn).data().toString(),
                 QString("class"));
    }

    void analysisLeadsWithTheDatasetsMetric() {
        QTemporaryDir dir;
        const auto data = depthThreeTree(dir);
        // Every val image predicted as class 0 first, then its own class.
        taxa::PredictionSet p;
        for (const auto& im : data->dataset.images)
            if (im.split == taxa::Split::Val)
                p.rows.push_back({im.id, {0, im.label == 0 ? 1 : im.label, 2}, {}});
        AnalysisPanel panel;
        panel.setDataset(data);
        QSignalSpy analysed(&panel, &AnalysisPanel::analysed);
        QVERIFY(panel.analysePredictions(p, "guess", AnalysisPanel::A));
        QVERIFY(analysed.wait(20000));
        // 8 val images, 2 of class 0 right: top-1 error 75%.
        QVERIFY2(panel.headline().startsWith("<b>Top-1 error 75.0%</b> \u00b7 top-3 error"),
                 qPrintable(panel.headline()));
        QVERIFY(!panel.headline().contains("metric"));  // no competition to name
        // Rank-of-error: the tree's two levels and "none", not the seven iNat ranks.
        BarChart* ranks = panel.overview()->rankOfError();
        QCOMPARE(ranks->barCount(), 3);
        QCOMPARE(ranks->label(0), QString("level 2"));
        QCOMPARE(ranks->label(1), QString("level 1"));
        QCOMPARE(ranks->label(2), QString("none"));
        // Class 0 is Coccinella (Animalia): guessing it for any plant shares nothing.
        QCOMPARE(ranks->valueA(2), 1.0);
    }
};

QTEST_MAIN(TestLayoutViews)
#include "test_layoutviews.moc"
