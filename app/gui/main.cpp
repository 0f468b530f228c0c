// taxa: the desktop application. `taxa [DATASET_DIR | FILE...]` opens a dataset; without one it
// opens the last dataset, or the demo dataset (generating it on first start).

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QIcon>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>
#include <algorithm>
#include <cstdio>

#include "DatasetSource.h"
#include "MainWindow.h"
#include "SignalBridge.h"
#include "Translations.h"
#include "train/TrainConfig.h"
#include "views/AnalysisPanel.h"
#include "views/ConfusedPairsView.h"
#include "views/GeoPriorView.h"
#include "views/ImageEvidence.h"
#include "views/PairView.h"
#include "views/SaliencyOverlay.h"
#include "views/TaxonomyPanel.h"
#include "views/TrainConfigForm.h"
#include "views/TrainingPanel.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    installTranslations(app, QLocale());
    QApplication::setOrganizationName(QStringLiteral("TaxaWorkbench"));
    QApplication::setApplicationName(QStringLiteral("TaxaWorkbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Taxa Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(TAXA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/taxa/taxa.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Fine-grained, long-tailed species classification workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("dataset"),
        QApplication::translate("main", "Dataset folder, or annotation files, to open"),
        QStringLiteral("[DATASET_DIR | FILE...]"));
    const QCommandLineOption select(
        QStringLiteral("select"),
        QApplication::translate("main", "Select the taxon of this name once the dataset is open"),
        QStringLiteral("name"));
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QApplication::translate(
            "main",
            "Show this tab first: species, longtail, summary, map, training, analysis, or pairs, "
            "classes, confusion, errors, calibration or geo (of the analysis)"),
        QStringLiteral("tab"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QApplication::translate("main",
                                "Search the taxonomy for this text once the dataset is open"),
        QStringLiteral("text"));
    const QCommandLineOption train(
        QStringLiteral("train"),
        QApplication::translate("main",
                                "Start training with this preset (quick-cpu or winner-2018) once "
                                "the dataset is open"),
        QStringLiteral("preset"));
    const QCommandLineOption processes(
        QStringLiteral("processes"),
        QApplication::translate("main",
                                "With --train: train on this many processes (above one through "
                                "taxa-cli train --nproc-per-node)"),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption analyse(
        QStringLiteral("analyse"),
        QApplication::translate(
            "main", "Analyse a run folder or a predictions CSV once the dataset is open"),
        QStringLiteral("path"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QApplication::translate("main",
                                "With --analyse: compare with this run folder or predictions CSV"),
        QStringLiteral("path"));
    const QCommandLineOption geo(
        QStringLiteral("geo"),
        QApplication::translate("main",
                                "With --analyse: open this geographic prior (.geo) and switch it "
                                "on, so that the analysis shows without and with it"),
        QStringLiteral("file"));
    const QCommandLineOption why(
        QStringLiteral("why"),
        QApplication::translate("main",
                                "With --analyse: show where the evidence for the guess over the "
                                "label lies on the pair view's val photo (loads the ML engine)"));
    parser.addOptions({select, tab, search, train, processes, analyse, compare, geo, why});
    parser.process(app);

    MainWindow window;
    const QHash<QString, AnalysisPanel::Tab> analysisTabs = {
        {QStringLiteral("pairs"), AnalysisPanel::PairsTab},
        {QStringLiteral("classes"), AnalysisPanel::ClassesTab},
        {QStringLiteral("confusion"), AnalysisPanel::ConfusionTab},
        {QStringLiteral("errors"), AnalysisPanel::LabelErrorsTab},
        {QStringLiteral("calibration"), AnalysisPanel::CalibrationTab},
        {QStringLiteral("geo"), AnalysisPanel::GeoTab}};
    if (parser.isSet(tab)) {
        const QString name = parser.value(tab).toLower();
        window.showTab(name == QLatin1String("summary")    ? MainWindow::SummaryTab
                       : name == QLatin1String("longtail") ? MainWindow::LongTailTab
                       : name == QLatin1String("training") ? MainWindow::TrainingTab
                       : name == QLatin1String("map")      ? MainWindow::MapTab
                       : name == QLatin1String("analysis") || analysisTabs.contains(name)
                           ? MainWindow::AnalysisTab
                           : MainWindow::SpeciesTab);
        if (analysisTabs.contains(name)) window.analysisPanel()->showTab(analysisTabs.value(name));
    }
    if (parser.isSet(select) || parser.isSet(search)) {
        const QString name = parser.value(select);
        const QString text = parser.value(search);
        QObject::connect(&window, &MainWindow::datasetOpened, &window, [&window, name, text] {
            if (!text.isEmpty()) window.taxonomyPanel()->searchBox()->setText(text);
            if (!name.isEmpty() && !window.selectTaxonByName(name))
                qWarning("taxa: no taxon named %s", qPrintable(name));
        });
    }
    if (parser.isSet(train)) {
        const auto names = taxa::trainPresetNames();
        if (std::find(names.begin(), names.end(), parser.value(train).toStdString()) ==
            names.end()) {
            std::fprintf(stderr, "taxa: --train: unknown preset '%s' (quick-cpu, winner-2018)\n",
                         qPrintable(parser.value(train)));
            return 2;
        }
    }
    int nproc = 1;
    if (parser.isSet(processes)) {
        // toInt() reads "abc" as 0, which once trained on one process without a word.
        bool number = false;
        nproc = parser.value(processes).toInt(&number);
        if (!number || nproc < 1 || nproc > 1024) {
            std::fprintf(stderr,
                         "taxa: --processes: '%s' is not a number of processes (1 to 1024)\n",
                         qPrintable(parser.value(processes)));
            return 2;
        }
    }
    if (parser.isSet(train) || parser.isSet(analyse)) {
        const QString preset = parser.value(train);
        const QString path = parser.value(analyse);
        const QString other = parser.value(compare);
        const QString prior = parser.value(geo);
        if (!prior.isEmpty()) {
            AnalysisPanel* panel = window.analysisPanel();
            QObject::connect(
                panel, &AnalysisPanel::analysed, panel,
                [panel, prior] { panel->geo()->openAndUse(prior); }, Qt::SingleShotConnection);
        }
        if (parser.isSet(why)) {
            AnalysisPanel* panel = window.analysisPanel();
            QObject::connect(
                panel, &AnalysisPanel::analysed, panel,
                [panel] {
                    panel->pairs()->pairView()->evidence()->overlay()->setMode(
                        SaliencyOverlay::Contrast);
                    // Once laid out: the photo with its overlay and the look-alikes in view.
                    QTimer::singleShot(500, panel, [panel] { panel->pairs()->scrollToEvidence(); });
                },
                Qt::SingleShotConnection);
        }
        if (!other.isEmpty()) {
            // B once A is on screen: the panel runs one job at a time.
            AnalysisPanel* panel = window.analysisPanel();
            QObject::connect(
                panel, &AnalysisPanel::analysed, panel,
                [panel, other] {
                    if (QFileInfo(other).isDir())
                        panel->analyseRun(other, AnalysisPanel::B);
                    else
                        panel->openPredictions(other, AnalysisPanel::B);
                },
                Qt::SingleShotConnection);
        }
        QObject::connect(
            &window, &MainWindow::datasetOpened, &window,
            [&window, preset, nproc, path] {
                if (!preset.isEmpty()) {
                    window.trainingPanel()->form()->applyPreset(preset);
                    window.trainingPanel()->form()->setProcesses(nproc);
                    window.trainingPanel()->startTraining();
                    window.showTab(MainWindow::TrainingTab);
                }
                if (!path.isEmpty()) {
                    AnalysisPanel* panel = window.analysisPanel();
                    if (QFileInfo(path).isDir())
                        panel->analyseRun(path);
                    else
                        panel->openPredictions(path);
                    if (window.currentTab() != MainWindow::AnalysisTab)
                        window.showTab(MainWindow::AnalysisTab);
                }
            },
            Qt::SingleShotConnection);
    }
    window.show();
    SignalBridge terminations;  // `kill`, Ctrl-C: close and save as the CLI does
    QObject::connect(&terminations, &SignalBridge::terminationRequested, &window,
                     &MainWindow::closeWithoutAsking);
    const QStringList args = parser.positionalArguments();
    const QStringList recent = QSettings().value("datasets/recent").toStringList();
    if (args.size() == 1 && QFileInfo(args.first()).isDir()) {
        window.openDataset(args.first());
    } else if (!args.isEmpty()) {
        window.openFiles(args);
    } else {
        const DatasetSource last = DatasetSource::fromSetting(recent.value(0));
        if (!last.files.isEmpty())
            window.openFiles(last.files);
        else if (!last.folder.isEmpty() && QDir(last.folder).exists())
            window.openDataset(last.folder);
        else
            window.openDemoDataset();
    }
    return QApplication::exec();
}
