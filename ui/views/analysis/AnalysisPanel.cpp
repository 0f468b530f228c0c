#include "views/analysis/AnalysisPanel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "dataset/Layouts.h"
#include "jobs/PredictJob.h"
#include "state/RunsLocation.h"
#include "views/analysis/AnalysisOverview.h"
#include "views/analysis/CalibrationView.h"
#include "views/analysis/ConfusedPairsView.h"
#include "views/analysis/ConfusionBrowser.h"
#include "views/analysis/FeatureMapView.h"
#include "views/analysis/GeoPriorView.h"
#include "views/analysis/LabelErrorsView.h"
#include "views/analysis/PairView.h"
#include "views/analysis/PerClassView.h"
#include "views/analysis/PrecisionRecallPlot.h"
#include "views/analysis/PrecisionRecallView.h"
#include "views/analysis/ReliabilityPlot.h"
#include "views/common/BarChart.h"
#include "views/common/JobStatus.h"
#include "views/common/PlotExport.h"

namespace {

QString percent(double x) {
    return QLocale().toString(100 * x, 'f', 1) + QLatin1Char('%');
}

// Top-1 and top-3 error, but for the one that is the dataset's metric (shown first).
QString otherErrors(const taxa::AnalysisReport& r) {
    QString out;
    for (int k : {1, 3})
        if (k != r.metricTopK)
            out +=
                QStringLiteral(" \u00b7 ") + AnalysisPanel::tr("top-%1 error %2")
                                                 .arg(k)
                                                 .arg(percent(k == 1 ? r.top1Error : r.top3Error));
    return out;
}

}  // namespace

AnalysisPanel::AnalysisPanel(QWidget* parent)
    : QWidget(parent),
      headline_(new QLabel(this)),
      status_(new JobStatus(this)),
      tabs_(new QTabWidget(this)),
      overview_(new AnalysisOverview(this)),
      pairs_(new ConfusedPairsView(this)),
      classes_(new PerClassView(this)),
      confusion_(new ConfusionBrowser(this)),
      labelErrors_(new LabelErrorsView(this)),
      calibration_(new CalibrationView(this)),
      precisionRecall_(new PrecisionRecallView(this)),
      geo_(new GeoPriorView(this)),
      featureMap_(new FeatureMapView(this)) {
    QFont big = headline_->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    headline_->setFont(big);
    headline_->setTextFormat(Qt::RichText);
    headline_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headline_->setWordWrap(true);

    tabs_->addTab(overview_, tr("Overview"));
    tabs_->addTab(pairs_, tr("Confused pairs"));
    tabs_->addTab(classes_, tr("Per class"));
    tabs_->addTab(confusion_, tr("Confusion matrix"));
    tabs_->addTab(labelErrors_, tr("Label errors"));
    tabs_->addTab(calibration_, tr("Calibration"));
    tabs_->addTab(precisionRecall_, tr("Precision-recall"));
    tabs_->addTab(geo_, tr("Geo prior"));
    tabs_->addTab(featureMap_, tr("Feature map"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(headline_);
    layout->addWidget(tabs_, 1);

    connect(status_, &JobStatus::failed, this, &AnalysisPanel::failed);
    connect(overview_, &AnalysisOverview::supercategoryClicked, this, [this](int index) {
        if (!data_) return;
        classes_->setFilterText(
            QString::fromStdString(data_->taxonomy.supercategories()[static_cast<size_t>(index)]));
        showTab(ClassesTab);
    });
    connect(pairs_, &ConfusedPairsView::imageRequested, this, &AnalysisPanel::imageRequested);
    connect(classes_, &PerClassView::imageRequested, this, &AnalysisPanel::imageRequested);
    // The precision-recall tab shows the species chosen in the per-class table.
    connect(classes_, &PerClassView::currentClassChanged, precisionRecall_,
            &PrecisionRecallView::showSpecies);
    connect(confusion_, &ConfusionBrowser::pairRequested, this, &AnalysisPanel::showPair);
    connect(labelErrors_, &LabelErrorsView::pairRequested, this,
            [this](int32_t truth, int32_t predicted, int32_t image) {
                showPair(truth, predicted);
                pairs_->pairView()->chooseImage(image);
            });
    connect(labelErrors_, &LabelErrorsView::imageRequested, this, &AnalysisPanel::imageRequested);
    // With the prior on, B is A times the prior: every chart shows without and with it.
    connect(geo_, &GeoPriorView::combined, this,
            [this](std::shared_ptr<taxa::PredictionSet> p, const QString& label) {
                analysePredictions(std::move(*p), label, B);
            });
    connect(geo_, &GeoPriorView::switchedOff, this, &AnalysisPanel::clearComparison);
    connectFeatureMap();
    refresh();
}

void AnalysisPanel::connectFeatureMap() {
    // What is chosen in the other tabs is found on the map too.
    connect(featureMap_, &FeatureMapView::imageRequested, this, &AnalysisPanel::imageRequested);
    connect(pairs_, &ConfusedPairsView::pairChosen, this, [this](int32_t a, int32_t b) {
        if (!featureMap_->points()) return;  // the first row, chosen as the tab fills
        const auto& cats = data_->dataset.categories;
        featureMap_->highlightClasses({a, b},
                                      tr("%1 and %2")
                                          .arg(QString::fromStdString(cats[size_t(a)].name),
                                               QString::fromStdString(cats[size_t(b)].name)));
    });
    connect(labelErrors_, &LabelErrorsView::imageChosen, this, [this](int image) {
        const taxa::ImageRecord& im = data_->dataset.images[size_t(image)];
        featureMap_->highlightImages(
            {image}, QString::fromStdString(std::string(data_->dataset.fileName(im))));
    });
}

QWidget* AnalysisPanel::buildToolbar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    // A tool bar folds what does not fit into its extension menu, so that the panel stays
    // narrow enough to share the window with the taxonomy.
    auto* tools = new QToolBar(bar);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* open =
        tools->addAction(tr("&Open Predictions..."), this, [this] { chooseAndOpen(A); });
    open->setToolTip(
        tr("A Kaggle submission CSV (id,predicted) or a top-k store of the val split"));
    tools->addAction(tr("From &Run..."), this, [this] { chooseRun(A); })
        ->setToolTip(tr("A training run: its saved val predictions, or its best checkpoint's"));
    tools->addAction(tr("&Predict with a Checkpoint..."), this, [this] { chooseCheckpoint(A); })
        ->setToolTip(tr("Predict the val split with a checkpoint (.pt), in the background"));
    auto* compareMenu = new QMenu(bar);
    compareMenu->addAction(tr("Predictions File..."), this, [this] { chooseAndOpen(B); });
    compareMenu->addAction(tr("Run..."), this, [this] { chooseRun(B); });
    compareMenu->addAction(tr("Checkpoint..."), this, [this] { chooseCheckpoint(B); });
    QAction* compare = compareMenu->menuAction();
    compare->setText(tr("Compare &with"));
    compare->setToolTip(tr("A second prediction set (B) to compare class by class"));
    tools->addAction(compare);
    clearB_ = tools->addAction(tr("Clear B"), this, &AnalysisPanel::clearComparison);
    clearB_->setToolTip(tr("Stop comparing"));
    auto* exportMenu = new QMenu(bar);
    exportMenu->addAction(tr("Report (JSON or CSV)..."), this, &AnalysisPanel::chooseReportFile);
    exportMenu->addAction(tr("All Plots (PNG, PDF or SVG)..."), this,
                          &AnalysisPanel::choosePlotsFile);
    QAction* exportAction = exportMenu->menuAction();
    exportAction->setText(tr("&Export"));
    tools->addAction(exportAction);
    for (QAction* a : tools->actions()) {
        auto* button = qobject_cast<QToolButton*>(tools->widgetForAction(a));
        if (!button) continue;
        button->setAutoRaise(false);  // they should look like the buttons they are
        if (a->menu()) button->setPopupMode(QToolButton::InstantPopup);  // a click opens it
    }
    row->addWidget(tools);
    row->addWidget(status_, 1);
    return bar;
}

void AnalysisPanel::setDataset(std::shared_ptr<const LoadedDataset> data) {
    // Predictions name images of one dataset: another dataset makes them meaningless.
    const bool same = data_ && data && data_->dataset.root == data->dataset.root &&
                      data_->dataset.categories.size() == data->dataset.categories.size();
    data_ = std::move(data);
    geo_->setDataset(data_);
    if (!same) {
        ++generation_;
        status_->cancel();
        a_.reset();
        b_.reset();
    }
    refresh();
}

bool AnalysisPanel::isBusy() const {
    return status_->isRunning();
}

void AnalysisPanel::cancel() {
    status_->cancel();
}

bool AnalysisPanel::run(const QString& what, Slot slot, AnalysisWork work) {
    if (!data_) {
        status_->setText(tr("Open a dataset first"));
        return false;
    }
    auto data = data_;
    const int generation = generation_;
    auto out = std::make_shared<std::shared_ptr<AnalysisResult>>();
    return status_->run(
        what, [data, out, work](const taxa::ProgressFn& progress) { *out = work(*data, progress); },
        [this, out, slot, generation] { adopt(*out, slot, generation); });
}

void AnalysisPanel::adopt(std::shared_ptr<AnalysisResult> result, Slot slot, int generation) {
    // Another dataset opened meanwhile (the same one, more fully loaded, is fine).
    if (generation != generation_ || !result) return;
    status_->setText(slot == A ? tr("Analysed %1").arg(result->label)
                               : tr("Comparing with %1").arg(result->label));
    (slot == A ? a_ : b_) = std::move(result);
    refresh();
    emit analysed(slot);
}

bool AnalysisPanel::openPredictions(const QString& path, Slot slot) {
    return run(tr("Reading %1...").arg(QFileInfo(path).fileName()), slot,
               PredictJob::readFile(path));
}

bool AnalysisPanel::analysePredictions(taxa::PredictionSet predictions, const QString& label,
                                       Slot slot) {
    return run(tr("Analysing %1...").arg(label), slot,
               PredictJob::analyse(std::move(predictions), label));
}

bool AnalysisPanel::predictWithCheckpoint(const QString& checkpoint, Slot slot) {
    return run(tr("Predicting with %1...").arg(PredictJob::checkpointLabel(checkpoint)), slot,
               PredictJob::predict(checkpoint));
}

bool AnalysisPanel::analyseRun(const QString& runDir, Slot slot) {
    const PredictJob::RunSource source = PredictJob::runSource(runDir);
    if (!source.predictions.isEmpty()) return openPredictions(source.predictions, slot);
    if (source.checkpoint.isEmpty()) {
        status_->setText(tr("%1 has no checkpoint to predict with yet").arg(runDir));
        return false;
    }
    return predictWithCheckpoint(source.checkpoint, slot);
}

bool AnalysisPanel::analyse(const QString& runOrPredictions, Slot slot) {
    return QFileInfo(runOrPredictions).isDir() ? analyseRun(runOrPredictions, slot)
                                               : openPredictions(runOrPredictions, slot);
}

void AnalysisPanel::useGeoPrior(const QString& path) {
    geo_->openAndUse(path);
}

void AnalysisPanel::showWhy() {
    showTab(PairsTab);
    pairs_->showWhy();
}

void AnalysisPanel::clearComparison() {
    b_.reset();
    refresh();
}

QString AnalysisPanel::headline() const {
    return headline_->text();
}

void AnalysisPanel::refresh() {
    const QLocale locale;
    clearB_->setEnabled(b_ != nullptr);
    if (!data_ || !a_) {
        headline_->setText(
            data_ ? tr("Open predictions of the val split, take them from a run, or predict "
                       "with a checkpoint.")
                  : tr("Open a dataset, then predictions of its val split."));
    } else {
        // The dataset's own metric leads (top-3 error for 2018, top-1 for 2019 and 2021).
        const auto& r = a_->report;
        const taxa::Competition c = taxa::competitionOf(data_->dataset.layout);
        const QString sep = QStringLiteral(" \u00b7 ");
        QString text = tr("<b>Top-%1 error %2</b>").arg(r.metricTopK).arg(percent(r.metricError));
        if (c.name[0]) text += QLatin1Char(' ') + tr("(the %1 metric)").arg(QString(c.name));
        text += otherErrors(r) + sep +
                tr("%1 val images").arg(locale.toString(static_cast<qlonglong>(r.images))) + sep +
                QStringLiteral("<i>%1</i>").arg(a_->label.toHtmlEscaped());
        if (b_) {
            const auto& rb = b_->report;
            const double delta = 100 * (rb.metricError - r.metricError);
            text +=
                QStringLiteral("<br>") +
                tr("B: top-%1 error %2 (%3 points)")
                    .arg(rb.metricTopK)
                    .arg(percent(rb.metricError), (delta > 0 ? QStringLiteral("+") : QString()) +
                                                      locale.toString(delta, 'f', 1)) +
                otherErrors(rb) + sep + QStringLiteral("<i>%1</i>").arg(b_->label.toHtmlEscaped());
        }
        headline_->setText(text);
    }
    overview_->setResults(data_, a_, b_);
    pairs_->setResult(data_, a_);
    // Before the table, which passes its first class on to it.
    precisionRecall_->setResults(data_, a_, b_);
    classes_->setResults(data_, a_, b_);
    confusion_->setResult(data_, a_);
    labelErrors_->setResult(data_, a_);
    calibration_->setResult(data_, a_);
    geo_->setResults(a_, b_);
    featureMap_->setResult(data_, a_);
}

void AnalysisPanel::showTab(Tab tab) {
    tabs_->setCurrentIndex(tab);
}

AnalysisPanel::Tab AnalysisPanel::currentTab() const {
    return static_cast<Tab>(tabs_->currentIndex());
}

void AnalysisPanel::showPair(int32_t a, int32_t b) {
    showTab(PairsTab);
    pairs_->showPair(a, b);
}

void AnalysisPanel::showClass(int32_t c) {
    showTab(ClassesTab);
    classes_->showClass(c);
}

bool AnalysisPanel::exportReport(const QString& path, QString* error) const {
    if (!data_ || !a_) {
        if (error) *error = tr("Nothing analysed yet");
        return false;
    }
    return PredictJob::writeReport(path, *data_, *a_, b_.get(), error);
}

bool AnalysisPanel::exportPlots(const QString& path, QString* error) const {
    const QFileInfo info(path);
    const QString base = info.absolutePath() + QLatin1Char('/') + info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("png") : info.suffix();
    const std::pair<BarChart*, const char*> plots[] = {
        {overview_->supercategories(), "supercategories"},
        {overview_->buckets(), "buckets"},
        {overview_->rankOfError(), "rank-of-error"}};
    for (const auto& [plot, name] : plots)
        if (!PlotExport::save(
                plot, QStringLiteral("%1-%2.%3").arg(base, QLatin1String(name), suffix), error))
            return false;
    if (a_ && a_->report.calibration &&
        !PlotExport::save(calibration_->plot(),
                          QStringLiteral("%1-reliability.%2").arg(base, suffix), error))
        return false;
    if (a_ && a_->report.precisionRecall &&
        !PlotExport::save(precisionRecall_->plot(),
                          QStringLiteral("%1-precision-recall.%2").arg(base, suffix), error))
        return false;
    return true;
}

void AnalysisPanel::chooseAndOpen(Slot slot) {
    const QString path = QFileDialog::getOpenFileName(
        this, slot == A ? tr("Open Predictions") : tr("Compare with Predictions"), runsFolder(),
        tr("Predictions (*.csv);;All files (*)"));
    if (!path.isEmpty()) openPredictions(path, slot);
}

void AnalysisPanel::chooseCheckpoint(Slot slot) {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Predict with a Checkpoint"), runsFolder(),
                                     tr("Checkpoints (*.pt);;All files (*)"));
    if (!path.isEmpty()) predictWithCheckpoint(path, slot);
}

void AnalysisPanel::chooseRun(Slot slot) {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a Run"), runsFolder());
    if (!dir.isEmpty()) analyseRun(dir, slot);
}

void AnalysisPanel::chooseReportFile() {
    const QString path =
        PlotExport::askSavePath(this, tr("Export Report"), QStringLiteral("report.json"),
                                tr("JSON report (*.json);;CSV tables (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportReport(path, &error))
        QMessageBox::warning(this, tr("Export Report"), error);
}

void AnalysisPanel::choosePlotsFile() {
    const QString path = PlotExport::askSavePath(
        this, tr("Export All Plots"), QStringLiteral("analysis.png"),
        tr("PNG images (*.png);;PDF documents (*.pdf);;SVG drawings (*.svg)"));
    QString error;
    if (!path.isEmpty() && !exportPlots(path, &error))
        QMessageBox::warning(this, tr("Export All Plots"), error);
}
