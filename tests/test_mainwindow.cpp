// The main window offscreen: opens a small demo dataset in the background and shows it, then
// walks it as a person would: tree -> species -> thumbnails -> image, breadcrumb, long tail.

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <QListView>
#include <QThread>
#include <QTreeView>

#include "MainWindow.h"
#include "dataset/DemoGenerator.h"
#include "models/TaxonomyModel.h"
#include "models/ThumbnailModel.h"
#include "views/dataset/ImageViewer.h"
#include "views/dataset/LongTailPanel.h"
#include "views/dataset/LongTailPlot.h"
#include "views/dataset/SpeciesPanel.h"
#include "views/dataset/SummaryPanel.h"
#include "views/dataset/TaxonBreadcrumb.h"
#include "views/dataset/TaxonomyPanel.h"
#include "workers/ThumbnailLoader.h"

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("TaxaWorkbenchTest");
        QSettings().clear();
        taxa::DemoOptions o;
        o.out = dir_.path().toStdString();
        o.plan.species = 14;
        o.plan.maxTrain = 6;
        o.imageSide = 48;
        taxa::generateDemo(o);
    }

    void opensDatasetWithoutBlocking() {
        MainWindow w;
        w.show();
        QSignalSpy opened(&w, &MainWindow::datasetOpened);
        w.openDataset(dir_.path());
        // The call returns at once; loading finishes on a worker while events keep flowing.
        QVERIFY(!w.dataset());
        QSignalSpy completed(&w, &MainWindow::datasetCompleted);
        QVERIFY(opened.wait(20000));
        QVERIFY(w.dataset());
        QCOMPARE(w.dataset()->stats.totals.classes, int64_t(14));
        // Usable before the test split is read; complete soon after.
        QVERIFY(w.dataset()->testPending);
        QVERIFY(completed.wait(20000));
        QVERIFY(!w.dataset()->testPending);
        QCOMPARE(w.dataset()->stats.testImages, int64_t(28));  // 2 per species
        auto* table = w.summaryPanel()->findChild<QTableView*>();
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 15);  // 14 supercategories + total
        QCOMPARE(table->model()->index(14, 0).data().toString(), QString("Total"));
        QVERIFY(w.windowTitle().contains(QFileInfo(dir_.path()).fileName()));
        const QStringList recent = QSettings().value("datasets/recent").toStringList();
        QCOMPARE(recent.value(0), QFileInfo(dir_.path()).absoluteFilePath());
    }

    void walksTreeToSpeciesToThumbnails() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy completed(&w, &MainWindow::datasetCompleted);
        w.openDataset(dir_.path());
        QVERIFY(completed.wait(20000));
        w.showTab(MainWindow::SpeciesTab);

        // Tree: open the first kingdom down to its first species, clicking as a person would.
        QTreeView* tree = w.taxonomyPanel()->view();
        const QAbstractItemModel* m = tree->model();
        QModelIndex index = m->index(0, 0);
        while (m->rowCount(index) > 0) {
            tree->expand(index);
            index = m->index(0, 0, index);
        }
        QCOMPARE(index.data(TaxonomyModel::RankRole).toInt(), int(taxa::Rank::Species));
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
        const int taxon = index.data(TaxonomyModel::TaxonRole).toInt();
        const int c = index.data(TaxonomyModel::ClassRole).toInt();

        // Species: its name, and one thumbnail per train and val image.
        const auto data = w.dataset();
        SpeciesPanel* species = w.speciesPanel();
        QCOMPARE(species->taxon(), taxon);
        const auto expected = data->trainCounts[size_t(c)] + data->valCounts[size_t(c)];
        QVERIFY(expected > 0);
        QCOMPARE(species->thumbnails()->rowCount(), int(expected));
        auto* crumb = species->findChild<TaxonBreadcrumb*>();
        QVERIFY(crumb->text().contains(index.data().toString()));

        // Thumbnails on screen arrive from the worker threads, never decoded on this one.
        QListView* grid = species->grid();
        auto state = [&](int row) {
            return grid->model()->index(row, 0).data(ThumbnailModel::StateRole).toInt();
        };
        int visible = 0;
        for (int row = 0; row < grid->model()->rowCount(); ++row) {
            if (!grid->visualRect(grid->model()->index(row, 0))
                     .intersects(grid->viewport()->rect()))
                continue;
            ++visible;
            QTRY_COMPARE_WITH_TIMEOUT(state(row), int(ThumbnailModel::Ready), 10000);
        }
        QVERIFY(visible > 0);
        const QModelIndex last = grid->model()->index(grid->model()->rowCount() - 1, 0);
        grid->scrollTo(last);
        QTRY_COMPARE_WITH_TIMEOUT(state(last.row()), int(ThumbnailModel::Ready), 10000);
        const auto threads = species->loader()->decodeThreads();
        QVERIFY(!threads.isEmpty());
        QVERIFY(!threads.contains(QThread::currentThreadId()));
        QVERIFY(!species->viewer()->loader()->decodeThreads().contains(QThread::currentThreadId()));

        // The first image is in the viewer, with its metadata; clicking another shows it.
        ImageViewer* viewer = species->viewer();
        QCOMPARE(viewer->image(), *data->imagesOf(c).begin());
        QVERIFY(!viewer->field("Rights holder").isEmpty());
        QVERIFY(!viewer->field("Date").isEmpty());  // the demo writes locations files
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(last).center());
        QCOMPARE(viewer->image(), last.data(ThumbnailModel::ImageIndexRole).toInt());
        QCOMPARE(viewer->field("Split").section(' ', 0, 0), QString("val"));

        // Breadcrumb: the genus link selects the genus in the tree.
        const int genus = data->taxonomy.node(taxon).parent;
        QMetaObject::invokeMethod(crumb, "linkActivated",
                                  Q_ARG(QString, QString("taxon:%1").arg(genus)));
        QCOMPARE(tree->currentIndex().data(TaxonomyModel::TaxonRole).toInt(), genus);
        QCOMPARE(species->taxon(), genus);
        QCOMPARE(species->thumbnails()->rowCount(), 0);

        // Long tail: a click on a species' point selects it in the tree.
        w.showTab(MainWindow::LongTailTab);
        LongTailPlot* plot = w.longTailPanel()->curve();
        QTRY_VERIFY(plot->graphCount() > 0);
        const int other = (c + 1) % data->taxonomy.classCount();
        QTest::mouseClick(plot, Qt::LeftButton, {}, plot->pointOf(other).toPoint());
        QCOMPARE(tree->currentIndex().data(TaxonomyModel::ClassRole).toInt(), other);
        QCOMPARE(species->taxon(), data->taxonomy.speciesNode(other));

        // A finding's image opens its species with the image in the viewer.
        const int image = *(data->imagesOf(c).end() - 1);
        emit w.summaryPanel()->imageRequested(image);
        QCOMPARE(species->taxon(), taxon);
        QCOMPARE(viewer->image(), image);
    }

    void keepsSelectionWhenTestSplitArrives() {
        MainWindow w;
        w.show();
        QSignalSpy completed(&w, &MainWindow::datasetCompleted);
        int image = -1;
        connect(&w, &MainWindow::datasetOpened, &w, [&] {
            // What a person may have done in the moment before the test split is in.
            const auto data = w.dataset();
            w.taxonomyPanel()->searchBox()->setText("a");
            w.taxonomyPanel()->selectTaxon(data->taxonomy.speciesNode(3));
            w.speciesPanel()->grid()->setCurrentIndex(w.speciesPanel()->thumbnails()->index(1));
            image = w.speciesPanel()->viewer()->image();
        });
        w.openDataset(dir_.path());
        QVERIFY(completed.wait(20000));
        QVERIFY(image >= 0);
        const auto data = w.dataset();
        QVERIFY(!data->testPending);
        QCOMPARE(w.taxonomyPanel()->searchBox()->text(), QString("a"));
        QCOMPARE(w.taxonomyPanel()->view()->currentIndex().data(TaxonomyModel::ClassRole).toInt(),
                 3);
        QCOMPARE(w.speciesPanel()->taxon(), data->taxonomy.speciesNode(3));
        QCOMPARE(w.speciesPanel()->viewer()->image(), image);
    }

    void fitsA1000PixelScreenOnEveryTab() {
        // The taxonomy dock sits beside every tab; no panel may push the window past 1000 px.
        MainWindow w;
        w.show();
        for (auto tab : {MainWindow::SpeciesTab, MainWindow::LongTailTab, MainWindow::SummaryTab,
                         MainWindow::TrainingTab, MainWindow::AnalysisTab}) {
            w.showTab(tab);
            QVERIFY2(w.minimumSizeHint().width() <= 1000,
                     qPrintable(
                         QString("tab %1: %2 px").arg(int(tab)).arg(w.minimumSizeHint().width())));
        }
        w.close();
    }

    void restoresLayout() {
        {
            MainWindow w;
            w.show();
            w.taxonomyPanel()->setFlat(true);
            w.showTab(MainWindow::LongTailTab);
            w.resize(1000, 700);
            w.close();  // saves the layout
        }
        MainWindow again;
        QCOMPARE(again.currentTab(), MainWindow::LongTailTab);
        QCOMPARE(again.taxonomyPanel()->model()->mode(), TaxonomyModel::Mode::Supercategories);
        QCOMPARE(again.size(), QSize(1000, 700));
        again.taxonomyPanel()->setFlat(false);
        again.showTab(MainWindow::SpeciesTab);
        again.close();
    }

    void closingWhileLoadingIsSafe() {
        auto* w = new MainWindow;
        w->openDataset(dir_.path());
        delete w;  // joins the loader before members go away
    }

    void explorerNeverLoadsLibTorch() {
        // Everything above walked the explorer; none of it may have mapped LibTorch (the
        // engine module is loaded only to train or predict).
        QFile maps("/proc/self/maps");
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libQt6Widgets"));  // the file does list the libraries
        QVERIFY(!mapped.contains("libtorch"));
        QVERIFY(!mapped.contains("libtaxa_engine"));
        QVERIFY(!mapped.contains("opencv_imgcodecs"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
