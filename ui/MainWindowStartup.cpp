// MainWindow::apply: taxa's start-up options carried out, apart from the rest of the window.

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLineEdit>
#include <QSettings>

#include "MainWindow.h"
#include "views/analysis/AnalysisPanel.h"
#include "views/dataset/TaxonomyPanel.h"
#include "views/training/TrainingPanel.h"

void MainWindow::apply(const StartupRequest& request) {
    showRequestedTab(request.tab);
    connect(
        this, &MainWindow::datasetOpened, this, [this, request] { startRequested(request); },
        Qt::SingleShotConnection);
    if (!request.analyse.isEmpty()) followRequestedAnalysis(request);
    openStartDataset(request.datasets);
}

void MainWindow::showRequestedTab(const QString& tab) {
    static const QHash<QString, Tab> mainTabs = {
        {QStringLiteral("species"), SpeciesTab},   {QStringLiteral("longtail"), LongTailTab},
        {QStringLiteral("summary"), SummaryTab},   {QStringLiteral("training"), TrainingTab},
        {QStringLiteral("analysis"), AnalysisTab}, {QStringLiteral("map"), MapTab}};
    static const QHash<QString, AnalysisPanel::Tab> analysisTabs = {
        {QStringLiteral("pairs"), AnalysisPanel::PairsTab},
        {QStringLiteral("classes"), AnalysisPanel::ClassesTab},
        {QStringLiteral("confusion"), AnalysisPanel::ConfusionTab},
        {QStringLiteral("errors"), AnalysisPanel::LabelErrorsTab},
        {QStringLiteral("calibration"), AnalysisPanel::CalibrationTab},
        {QStringLiteral("pr"), AnalysisPanel::PrecisionRecallTab},
        {QStringLiteral("geo"), AnalysisPanel::GeoTab},
        {QStringLiteral("featuremap"), AnalysisPanel::FeatureMapTab}};
    if (tab.isEmpty()) return;
    if (analysisTabs.contains(tab)) {
        showTab(AnalysisTab);
        analysis_->showTab(analysisTabs.value(tab));
    } else {
        showTab(mainTabs.value(tab, SpeciesTab));
    }
}

// Once the dataset is open. A tab asked for with --tab stays in front of the ones that a run
// or an analysis would bring forward.
void MainWindow::startRequested(const StartupRequest& request) {
    if (!request.search.isEmpty()) taxonomy_->searchBox()->setText(request.search);
    if (!request.select.isEmpty() && !selectTaxonByName(request.select))
        qWarning("taxa: no taxon named %s", qPrintable(request.select));
    if (!request.train.isEmpty()) {
        training_->startWith(request.train, request.processes);
        if (request.tab.isEmpty()) showTab(TrainingTab);
    }
    if (!request.analyse.isEmpty()) {
        analysis_->analyse(request.analyse);
        if (request.tab.isEmpty()) showTab(AnalysisTab);
    }
}

// What goes with an analysis waits until it is on screen: the panel runs one job at a time.
void MainWindow::followRequestedAnalysis(const StartupRequest& request) {
    connect(
        analysis_, &AnalysisPanel::analysed, this,
        [this, request] {
            if (!request.geo.isEmpty()) analysis_->useGeoPrior(request.geo);
            if (request.why) analysis_->showWhy();
            if (!request.compare.isEmpty()) analysis_->analyse(request.compare, AnalysisPanel::B);
        },
        Qt::SingleShotConnection);
}

void MainWindow::openStartDataset(const QStringList& datasets) {
    if (datasets.size() == 1 && QFileInfo(datasets.first()).isDir()) {
        openDataset(datasets.first());
        return;
    }
    if (!datasets.isEmpty()) {
        openFiles(datasets);
        return;
    }
    const QStringList recent = QSettings().value("datasets/recent").toStringList();
    const DatasetSource last = DatasetSource::fromSetting(recent.value(0));
    if (!last.files.isEmpty())
        openFiles(last.files);
    else if (!last.folder.isEmpty() && QDir(last.folder).exists())
        openDataset(last.folder);
    else
        openDemoDataset();
}
