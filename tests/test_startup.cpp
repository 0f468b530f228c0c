// taxa's start-up options, as the README lists them: each parsed (bad values refused with one
// line) and carried out by MainWindow::apply on a demo dataset, alone and in the combinations
// the README gives (--tab with --analyse or --train included: the tab asked for stays in front).

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "DemoFixture.h"
#include "MainWindow.h"
#include "geo/GeoFile.h"
#include "geo/GridPrior.h"
#include "jobs/LaunchedRun.h"
#include "jobs/TrainingSession.h"
#include "state/StartupRequest.h"
#include "util/AtomicFile.h"
#include "views/analysis/AnalysisPanel.h"
#include "views/analysis/ConfusedPairsView.h"
#include "views/analysis/GeoPriorView.h"
#include "views/analysis/ImageEvidence.h"
#include "views/analysis/PairView.h"
#include "views/analysis/SaliencyOverlay.h"
#include "views/dataset/TaxonomyPanel.h"
#include "views/training/TrainConfigForm.h"
#include "views/training/TrainingPanel.h"

namespace {

StartupRequest parse(const QStringList& args, QString* error) {
    QCommandLineParser parser;
    StartupRequest::addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("taxa")} + args)) {
        *error = parser.errorText();
        return {};
    }
    return StartupRequest::read(parser, error);
}

StartupRequest parseOk(const QStringList& args) {
    QString error;
    StartupRequest r = parse(args, &error);
    if (!error.isEmpty()) qFatal("%s: %s", qPrintable(args.join(' ')), qPrintable(error));
    return r;
}

// Predictions with scores (a top-k store), so that a prior can multiply them.
taxa::PredictionSet scored(const LoadedDataset& data, int shift) {
    taxa::PredictionSet p = fixtures::confusedPredictions(data, shift);
    for (taxa::Prediction& row : p.rows)
        row.scores = {0.5f, 0.3f, 0.2f};
    return p;
}

}  // namespace

class TestStartup : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<const LoadedDataset> data_;
    QString datasetDir_, csvA_, csvB_, prior_;

    // A window that carried out @p args on the demo dataset, once the dataset is open.
    std::unique_ptr<MainWindow> started(const QStringList& args) {
        StartupRequest r = parseOk(args);
        r.datasets = {datasetDir_};
        auto w = std::make_unique<MainWindow>();
        w->trainingPanel()->setRunsFolder(dir_.path() + "/runs");
        QSignalSpy opened(w.get(), &MainWindow::datasetOpened);
        w->show();
        w->apply(r);
        if (!opened.wait(30000)) qFatal("the dataset did not open");
        return w;
    }

    static void waitForAnalysis(MainWindow& w) {
        QTRY_VERIFY_WITH_TIMEOUT(w.analysisPanel()->result() && !w.analysisPanel()->isBusy(),
                                 30000);
    }

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("TaxaWorkbenchTest");
        QSettings().clear();
        data_ = fixtures::demo(dir_);
        datasetDir_ = dir_.path() + "/demo";
        csvA_ = dir_.path() + "/a.topk.csv";
        csvB_ = dir_.path() + "/b.topk.csv";
        taxa::writeFileAtomic(csvA_.toStdString(),
                              taxa::toTopkCsv(scored(*data_, 1), data_->dataset));
        taxa::writeFileAtomic(csvB_.toStdString(),
                              taxa::toTopkCsv(scored(*data_, 2), data_->dataset));
        prior_ = dir_.path() + "/grid.geo";
        taxa::geo::writeGeoFile(prior_.toStdString(),
                                taxa::geo::buildGridPrior(data_->dataset, {}));
    }

    void parsesEveryOption() {
        const StartupRequest r =
            parseOk({"--select", "Parus major", "--search", "tit", "--tab", "Pairs", "--train",
                     "quick-cpu", "--processes", "3", "--analyse", "run", "--compare", "b.csv",
                     "--geo", "p.geo", "--why", "data"});
        QCOMPARE(r.datasets, QStringList{"data"});
        QCOMPARE(r.select, QString("Parus major"));
        QCOMPARE(r.search, QString("tit"));
        QCOMPARE(r.tab, QString("pairs"));  // case does not matter
        QCOMPARE(r.train, QString("quick-cpu"));
        QCOMPARE(r.processes, 3);
        QCOMPARE(r.analyse, QString("run"));
        QCOMPARE(r.compare, QString("b.csv"));
        QCOMPARE(r.geo, QString("p.geo"));
        QVERIFY(r.why);
        const StartupRequest none = parseOk({});
        QVERIFY(none.datasets.isEmpty() && none.tab.isEmpty() && none.processes == 1 && !none.why);
    }

    void refusesWhatCannotBeUsed_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("tab") << QStringList{"--tab", "maps"} << "--tab: unknown tab 'maps'";
        QTest::newRow("preset") << QStringList{"--train", "fast"}
                                << "--train: unknown preset 'fast'";
        QTest::newRow("processes abc") << QStringList{"--train", "quick-cpu", "--processes", "abc"}
                                       << "--processes: 'abc' is not a number of processes";
        QTest::newRow("processes 0")
            << QStringList{"--processes", "0"} << "--processes: '0' is not a number";
        QTest::newRow("processes 1025") << QStringList{"--processes", "1025"} << "(1 to 1024)";
        QTest::newRow("why alone") << QStringList{"--why"} << "go with --analyse";
        QTest::newRow("geo alone") << QStringList{"--geo", "p.geo"} << "go with --analyse";
        QTest::newRow("compare alone") << QStringList{"--compare", "b.csv"} << "go with --analyse";
    }

    void refusesWhatCannotBeUsed() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QString error;
        parse(args, &error);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!error.contains('\n'));
    }

    void everyTabShowsFirst_data() {
        QTest::addColumn<QString>("tab");
        QTest::addColumn<int>("main");
        QTest::addColumn<int>("inner");
        const int none = -1;
        QTest::newRow("species") << "species" << int(MainWindow::SpeciesTab) << none;
        QTest::newRow("longtail") << "longtail" << int(MainWindow::LongTailTab) << none;
        QTest::newRow("summary") << "summary" << int(MainWindow::SummaryTab) << none;
        QTest::newRow("map") << "map" << int(MainWindow::MapTab) << none;
        QTest::newRow("training") << "training" << int(MainWindow::TrainingTab) << none;
        QTest::newRow("analysis") << "analysis" << int(MainWindow::AnalysisTab)
                                  << int(AnalysisPanel::OverviewTab);
        QTest::newRow("pairs") << "pairs" << int(MainWindow::AnalysisTab)
                               << int(AnalysisPanel::PairsTab);
        QTest::newRow("classes") << "classes" << int(MainWindow::AnalysisTab)
                                 << int(AnalysisPanel::ClassesTab);
        QTest::newRow("confusion")
            << "confusion" << int(MainWindow::AnalysisTab) << int(AnalysisPanel::ConfusionTab);
        QTest::newRow("errors") << "errors" << int(MainWindow::AnalysisTab)
                                << int(AnalysisPanel::LabelErrorsTab);
        QTest::newRow("calibration")
            << "calibration" << int(MainWindow::AnalysisTab) << int(AnalysisPanel::CalibrationTab);
        QTest::newRow("pr") << "pr" << int(MainWindow::AnalysisTab)
                            << int(AnalysisPanel::PrecisionRecallTab);
        QTest::newRow("geo") << "geo" << int(MainWindow::AnalysisTab) << int(AnalysisPanel::GeoTab);
        QTest::newRow("featuremap")
            << "featuremap" << int(MainWindow::AnalysisTab) << int(AnalysisPanel::FeatureMapTab);
    }

    void everyTabShowsFirst() {
        QFETCH(QString, tab);
        QFETCH(int, main);
        QFETCH(int, inner);
        QCOMPARE(StartupRequest::tabNames().size(), 14);  // every name --tab takes is a row
        auto w = started({"--tab", tab});
        QCOMPARE(int(w->currentTab()), main);
        if (inner >= 0) QCOMPARE(int(w->analysisPanel()->currentTab()), inner);
    }

    void selectAndSearch() {
        // A search that shows the taxon selected: selecting one that a filter hides clears it.
        const std::string name = data_->dataset.categories[3].name;
        const QString search = QString::fromStdString(name).section(' ', -1);
        StartupRequest r = parseOk({"--select", QString::fromStdString(name), "--search", search});
        r.datasets = {datasetDir_};
        MainWindow w;
        QSignalSpy selected(w.taxonomyPanel(), &TaxonomyPanel::taxonSelected);
        QSignalSpy opened(&w, &MainWindow::datasetOpened);
        w.show();
        w.apply(r);
        QVERIFY(opened.wait(30000));
        QCOMPARE(w.taxonomyPanel()->searchBox()->text(), search);
        QTRY_VERIFY(!selected.isEmpty());
        const int taxon = selected.last().at(0).toInt();
        QCOMPARE(w.dataset()->taxonomy.node(taxon).name, name);
    }

    void analyseShowsTheAnalysis() {
        auto w = started({"--analyse", csvA_});
        waitForAnalysis(*w);
        QCOMPARE(w->currentTab(), MainWindow::AnalysisTab);
        QVERIFY(w->analysisPanel()->result()->label.contains("a.topk.csv"));
        QVERIFY(!w->analysisPanel()->comparison());
    }

    // The defect of issue 21: --tab map with --analyse opened the Analysis overview.
    void analyseKeepsTheTabAskedFor() {
        auto w = started({"--analyse", csvA_, "--tab", "map"});
        waitForAnalysis(*w);
        QCOMPARE(w->currentTab(), MainWindow::MapTab);
        auto pairs = started({"--analyse", csvA_, "--tab", "pairs"});
        waitForAnalysis(*pairs);
        QCOMPARE(pairs->currentTab(), MainWindow::AnalysisTab);
        QCOMPARE(pairs->analysisPanel()->currentTab(), AnalysisPanel::PairsTab);
    }

    void analyseAndCompare() {
        auto w = started({"--analyse", csvA_, "--compare", csvB_});
        QTRY_VERIFY_WITH_TIMEOUT(w->analysisPanel()->comparison() != nullptr, 30000);
        QVERIFY(w->analysisPanel()->result()->label.contains("a.topk.csv"));
        QVERIFY(w->analysisPanel()->comparison()->label.contains("b.topk.csv"));
    }

    void analyseWithGeoPrior() {
        auto w = started({"--analyse", csvA_, "--geo", prior_});
        GeoPriorView* geo = w->analysisPanel()->geo();
        QTRY_VERIFY_WITH_TIMEOUT(w->analysisPanel()->comparison() != nullptr, 30000);
        QCOMPARE(geo->priorPath(), prior_);
        QVERIFY(geo->useBox()->isChecked());
        QCOMPARE(w->analysisPanel()->comparison()->label, GeoPriorView::combinedLabel("grid"));
    }

    void analyseWhy() {
        auto w = started({"--analyse", csvA_, "--why"});
        waitForAnalysis(*w);
        SaliencyOverlay* overlay = w->analysisPanel()->pairs()->pairView()->evidence()->overlay();
        QTRY_COMPARE(overlay->mode(), SaliencyOverlay::Contrast);
        QCOMPARE(w->analysisPanel()->currentTab(), AnalysisPanel::PairsTab);
    }

    void trainStartsARun() {
        auto w = started({"--train", "quick-cpu"});
        TrainingPanel* panel = w->trainingPanel();
        QVERIFY(panel->isTraining());
        QCOMPARE(w->currentTab(), MainWindow::TrainingTab);
        QCOMPARE(panel->form()->processes(), 1);
        QVERIFY(panel->session()->isRunning());
        panel->shutdown();
        QVERIFY(!panel->isTraining());
    }

    void trainOnProcessesKeepsTheTabAskedFor() {
        auto w = started({"--train", "quick-cpu", "--processes", "2", "--tab", "summary"});
        TrainingPanel* panel = w->trainingPanel();
        QCOMPARE(panel->form()->processes(), 2);
        QVERIFY(panel->launched()->isRunning());  // through taxa-cli --nproc-per-node 2
        QCOMPARE(w->currentTab(), MainWindow::SummaryTab);
        panel->shutdown();
        QVERIFY(!panel->isTraining());
    }
};

QTEST_MAIN(TestStartup)
#include "test_startup.moc"
