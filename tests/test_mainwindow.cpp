// The main window offscreen: opens a small demo dataset in the background and shows it.

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "MainWindow.h"
#include "dataset/DemoGenerator.h"

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
        QVERIFY(opened.wait(20000));
        QVERIFY(w.dataset());
        QCOMPARE(w.dataset()->stats.totals.classes, int64_t(14));
        auto* table = w.findChild<QTableView*>();
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 15);  // 14 supercategories + total
        QCOMPARE(table->model()->index(14, 0).data().toString(), QString("Total"));
        QVERIFY(w.windowTitle().contains(QFileInfo(dir_.path()).fileName()));
        const QStringList recent = QSettings().value("datasets/recent").toStringList();
        QCOMPARE(recent.value(0), QFileInfo(dir_.path()).absoluteFilePath());
    }

    void closingWhileLoadingIsSafe() {
        auto* w = new MainWindow;
        w->openDataset(dir_.path());
        delete w;  // joins the loader before members go away
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
