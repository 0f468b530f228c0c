#include "views/AnalysisPanel.h"

#include "dataset/Layouts.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "RunsLocation.h"
#include "dataset/Layouts.h"
#include "engine/Engine.h"
#include "models/ReportCsv.h"
#include "util/AtomicFile.h"
#include "views/AnalysisOverview.h"
#include "views/BarChart.h"
#include "views/CalibrationView.h"
#include "views/ConfusedPairsView.h"
#include "views/ConfusionBrowser.h"
#include "views/GeoPriorView.h"
#include "views/LabelErrorsView.h"
#include "views/PairView.h"
#include "views/PerClassView.h"
#include "views/PlotExport.h"
#include "views/ReliabilityPlot.h"
#include "workers/BackgroundJob.h"

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

// Where a checkpoint's run keeps predictions: RUN/predictions for RUN/checkpoints/x.pt.
QString predictionsFolder(const QString& checkpoint) {
    QDir dir = QFileInfo(checkpoint).absoluteDir();
    if (dir.dirName() != QLatin1String("checkpoints") || !dir.cdUp()) return {};
    return dir.absoluteFilePath(QStringLiteral("predictions"));
}

// The checkpoint of saved predictions RUN/predictions/F: RUN/checkpoints/best.pt, if there.
QString runCheckpoint(const QString& predictions) {
    QDir dir = QFileInfo(predictions).absoluteDir();
    if (dir.dirName() != QLatin1String("predictions") || !dir.cdUp()) return {};
    const QFileInfo best(dir.absoluteFilePath(QStringLiteral("checkpoints/best.pt")));
    return best.isFile() ? best.absoluteFilePath() : QString();
}

}  // namespace

AnalysisPanel::AnalysisPanel(QWidget* parent)
    : QWidget(parent),
      job_(new BackgroundJob(this)),
      headline_(new QLabel(this)),
      status_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      tabs_(new QTabWidget(this)),
      overview_(new AnalysisOverview(this)),
      pairs_(new ConfusedPairsView(this)),
      classes_(new PerClassView(this)),
      confusion_(new ConfusionBrowser(this)),
      labelErrors_(new LabelErrorsView(this)),
      calibration_(new CalibrationView(this)),
      geo_(new GeoPriorView(this)) {
    QFont big = headline_->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    headline_->setFont(big);
    headline_->setTextFormat(Qt::RichText);
    headline_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headline_->setWordWrap(true);
    status_->setWordWrap(true);
    progress_->setMaximumWidth(220);
    progress_->hide();
    cancel_->hide();

    tabs_->addTab(overview_, tr("Overview"));
    tabs_->addTab(pairs_, tr("Confused pairs"));
    tabs_->addTab(classes_, tr("Per class"));
    tabs_->addTab(confusion_, tr("Confusion matrix"));
    tabs_->addTab(labelErrors_, tr("Label errors"));
    tabs_->addTab(calibration_, tr("Calibration"));
    tabs_->addTab(geo_, tr("Geo prior"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(headline_);
    layout->addWidget(tabs_, 1);

    connect(job_, &BackgroundJob::progress, this,
            [this](const QString& stage, qint64 done, qint64 total) {
                status_->setText(stage);
                progress_->setMaximum(total > 0 ? static_cast<int>(total) : 0);
                progress_->setValue(static_cast<int>(done));
            });
    connect(cancel_, &QPushButton::clicked, this, &AnalysisPanel::cancel);
    connect(overview_, &AnalysisOverview::supercategoryClicked, this, [this](int index) {
        if (!data_) return;
        classes_->setFilterText(
            QString::fromStdString(data_->taxonomy.supercategories()[static_cast<size_t>(index)]));
        showTab(ClassesTab);
    });
    connect(pairs_, &ConfusedPairsView::imageRequested, this, &AnalysisPanel::imageRequested);
    connect(classes_, &PerClassView::imageRequested, this, &AnalysisPanel::imageRequested);
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
    refresh();
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
    row->addWidget(progress_);
    row->addWidget(cancel_);
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
        job_->cancel();
        a_.reset();
        b_.reset();
    }
    refresh();
}

bool AnalysisPanel::isBusy() const {
    return job_->isRunning();
}

void AnalysisPanel::cancel() {
    job_->cancel();
}

bool AnalysisPanel::run(const QString& what, Slot slot, Work work) {
    if (!data_) {
        status_->setText(tr("Open a dataset first"));
        return false;
    }
    if (job_->isRunning()) {
        status_->setText(tr("Still busy; cancel or wait"));
        return false;
    }
    auto data = data_;
    const int generation = generation_;
    auto out = std::make_shared<std::shared_ptr<AnalysisResult>>();
    disconnect(job_, &BackgroundJob::succeeded, this, nullptr);
    disconnect(job_, &BackgroundJob::failed, this, nullptr);
    disconnect(job_, &BackgroundJob::cancelled, this, nullptr);
    auto done = [this] {
        progress_->hide();
        cancel_->hide();
    };
    connect(job_, &BackgroundJob::succeeded, this, [this, out, slot, generation, done] {
        done();
        // Another dataset opened meanwhile (the same one, more fully loaded, is fine).
        if (generation != generation_ || !*out) return;
        (slot == A ? a_ : b_) = *out;
        status_->setText(slot == A ? tr("Analysed %1").arg((*out)->label)
                                   : tr("Comparing with %1").arg((*out)->label));
        refresh();
        emit analysed(slot);
    });
    connect(job_, &BackgroundJob::failed, this, [this, done](const QString& message) {
        done();
        status_->setText(
            QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(message.toHtmlEscaped()));
        emit failed(message);
    });
    connect(job_, &BackgroundJob::cancelled, this, [this, done] {
        done();
        status_->setText(tr("Cancelled"));
    });
    status_->setText(what);
    progress_->setRange(0, 0);
    progress_->show();
    cancel_->show();
    job_->start(
        [data, out, work](const taxa::ProgressFn& progress) { *out = work(*data, progress); });
    return true;
}

bool AnalysisPanel::openPredictions(const QString& path, Slot slot) {
    return run(tr("Reading %1...").arg(QFileInfo(path).fileName()), slot,
               [path](const LoadedDataset& data, const taxa::ProgressFn&) {
                   auto r = AnalysisResult::fromFile(data, path);
                   r->checkpoint = runCheckpoint(path);
                   return r;
               });
}

bool AnalysisPanel::analysePredictions(taxa::PredictionSet predictions, const QString& label,
                                       Slot slot) {
    auto shared = std::make_shared<taxa::PredictionSet>(std::move(predictions));
    return run(tr("Analysing %1...").arg(label), slot,
               [shared, label](const LoadedDataset& data, const taxa::ProgressFn&) {
                   return AnalysisResult::compute(data, std::move(*shared), label);
               });
}

bool AnalysisPanel::predictWithCheckpoint(const QString& checkpoint, Slot slot) {
    const QString folder = predictionsFolder(checkpoint);
    const QFileInfo info(checkpoint);
    const QString label =
        folder.isEmpty() ? info.fileName()
                         : QStringLiteral("%1/%2").arg(
                               info.absoluteDir().absolutePath().section(QLatin1Char('/'), -2, -2),
                               info.fileName());
    return run(
        tr("Predicting with %1...").arg(label), slot,
        [checkpoint, folder, label](const LoadedDataset& data, const taxa::ProgressFn& progress) {
            taxa::PredictOptions o;
            o.checkpoints = {checkpoint.toStdString()};
            taxa::PredictionSet p =
                taxa::engine::predict(data.dataset, taxa::Split::Val, o, progress);
            QString saved;
            if (!folder.isEmpty() && QDir().mkpath(folder)) {
                // As taxa-cli predict names them, so either tool finds the other's.
                saved = folder + QStringLiteral("/val.csv");
                taxa::writeFileAtomic(saved.toStdString(), taxa::toKaggleCsv(p, data.dataset));
                taxa::writeFileAtomic((folder + QStringLiteral("/val.topk.csv")).toStdString(),
                                      taxa::toTopkCsv(p, data.dataset));
            }
            auto r = AnalysisResult::compute(data, std::move(p), label);
            r->source = saved;
            r->checkpoint = QFileInfo(checkpoint).absoluteFilePath();
            return r;
        });
}

bool AnalysisPanel::analyseRun(const QString& runDir, Slot slot) {
    const QString best = runDir + QStringLiteral("/checkpoints/best.pt");
    const QFileInfo bestInfo(best);
    // Saved predictions serve while they are newer than the checkpoint they came from.
    for (const QString& name : {QStringLiteral("val.topk.csv"), QStringLiteral("val.csv")}) {
        const QFileInfo saved(runDir + QStringLiteral("/predictions/") + name);
        if (saved.exists() &&
            (!bestInfo.exists() || saved.lastModified() >= bestInfo.lastModified()))
            return openPredictions(saved.absoluteFilePath(), slot);
    }
    if (!bestInfo.exists()) {
        status_->setText(tr("%1 has no checkpoint to predict with yet").arg(runDir));
        return false;
    }
    return predictWithCheckpoint(best, slot);
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
    classes_->setResults(data_, a_, b_);
    confusion_->setResult(data_, a_);
    labelErrors_->setResult(data_, a_);
    calibration_->setResult(data_, a_);
    geo_->setResults(a_, b_);
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
    const bool json =
        QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    const std::string text = json
                                 ? taxa::analysisToJson(a_->report, data_->dataset, data_->taxonomy)
                                 : reportCsv(*data_, *a_, b_.get());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !file.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
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
