#include "views/training/TrainingPanel.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>
#include <cmath>
#include <exception>

#include "jobs/EngineProbe.h"
#include "jobs/TrainingLauncher.h"
#include "state/RunFolder.h"
#include "state/RunsLocation.h"
#include "views/training/PastRunsView.h"
#include "views/training/StageProgress.h"
#include "views/training/TrainConfigForm.h"
#include "views/training/TrainingCurves.h"
#include "workers/BackgroundJob.h"

namespace {
constexpr int kLogLines = 5000;
constexpr double kValFitShare = 0.9;  ///< Val fine-tuning uses val minus the 10% minival.
}  // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent),
      launcher_(new TrainingLauncher(this)),
      form_(new TrainConfigForm(this)),
      runs_(new PastRunsView(this)),
      side_(new QTabWidget(this)),
      start_(new QPushButton(tr("&Start"), this)),
      pause_(new QPushButton(tr("&Pause"), this)),
      stop_(new QPushButton(tr("S&top"), this)),
      runLabel_(new QLabel(this)),
      progress_(new StageProgress(this)),
      curves_(new TrainingCurves(this)),
      log_(new QPlainTextEdit(this)),
      historyJob_(new BackgroundJob(this)),
      engineJob_(new BackgroundJob(this)) {
    start_->setToolTip(tr("Train a new model with this configuration on the open dataset"));
    pause_->setCheckable(true);
    pause_->setToolTip(tr("Pause after the current batch; click again to continue"));
    stop_->setToolTip(tr("Stop after the current batch, saving a checkpoint to resume from"));
    runLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runLabel_->setWordWrap(true);
    log_->setReadOnly(true);
    log_->setMaximumBlockCount(kLogLines);
    log_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    log_->setPlaceholderText(tr("The training log appears here"));
    curves_->setMinimumHeight(260);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    side_->addTab(scroll, tr("New run"));
    side_->addTab(runs_, tr("Past runs"));
    side_->setMinimumWidth(240);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_);
    buttons->addWidget(pause_);
    buttons->addWidget(stop_);
    buttons->addWidget(runLabel_, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(progress_);
    auto* vsplit = new QSplitter(Qt::Vertical, right);
    vsplit->addWidget(curves_);
    vsplit->addWidget(log_);
    vsplit->setStretchFactor(0, 4);
    vsplit->setStretchFactor(1, 1);
    vsplit->setChildrenCollapsible(false);
    rightLayout->addWidget(vsplit, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(side_);
    split->addWidget(right);
    // The form keeps the width it asks for when there is room; the curves take the rest.
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(start_, &QPushButton::clicked, this, &TrainingPanel::startTraining);
    connect(pause_, &QPushButton::toggled, this, &TrainingPanel::setPaused);
    connect(stop_, &QPushButton::clicked, this, &TrainingPanel::stopTraining);
    connect(runs_, &PastRunsView::resumeRequested, this, &TrainingPanel::resumeRun);
    connect(runs_, &PastRunsView::curvesRequested, this, &TrainingPanel::showRunCurves);
    connect(runs_, &PastRunsView::analyseRequested, this, &TrainingPanel::analyseRequested);

    follow();
    connect(form_->processesBox(), &QSpinBox::valueChanged, this, [this](int n) {
        if (n > 1) probeEngine();
    });
    setRunsFolder(runsFolder());
    updateButtons();
}

TrainingPanel::~TrainingPanel() {
    // The worker reports into this panel's widgets: join it while they exist.
    launcher_->shutdown();
}

void TrainingPanel::follow() {
    TrainingLauncher* source = launcher_;
    connect(source, &TrainingLauncher::history, curves_, &TrainingCurves::setHistory);
    connect(source, &TrainingLauncher::started, this,
            [this](const taxa::TrainConfig& config, const QString& folder) {
                const std::vector<int64_t> batches = batchesGuess(config, launcher_->processes());
                launcher_->setBatches(batches);
                progress_->start(config, batches);
                curves_->setTotalEpochs(config.totalEpochs());
                started(folder);
            });
    connect(source, &TrainingLauncher::steps, this,
            [this](const std::vector<taxa::StepMetrics>& s) {
                curves_->addSteps(s);
                progress_->addSteps(s);
            });
    connect(source, &TrainingLauncher::epochDone, this, [this](const taxa::EpochMetrics& e) {
        curves_->addEpoch(e);
        progress_->addEpoch(e);
    });
    connect(source, &TrainingLauncher::finished, this, &TrainingPanel::ended);
    connect(source, &TrainingLauncher::logLine, this, &TrainingPanel::appendLog);
    connect(source, &TrainingLauncher::pausedChanged, progress_, &StageProgress::setPaused);
    connect(source, &TrainingLauncher::stateChanged, this, &TrainingPanel::updateButtons);
}

void TrainingPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (EngineProbe::loaded()) probeEngine();  // a training run or About loaded it: cheap
}

void TrainingPanel::probeEngine() {
    // Whether the processes field counts GPUs. The engine (LibTorch) is loaded only to train
    // or predict: here when the field asks for more than one process, and off this thread.
    if (engineProbed_) return;
    engineProbed_ = true;
    auto found = std::make_shared<EngineProbe::Found>();
    engineJob_->start(EngineProbe::probe(found),
                      [this, found](BackgroundJob::Outcome, const QString&) {
                          form_->setCudaDevices(found->cudaDevices);  // no engine: 0, CPU only
                      });
}

void TrainingPanel::setDataset(std::shared_ptr<const LoadedDataset> data) {
    data_ = std::move(data);
    updateButtons();
}

void TrainingPanel::setRunsFolder(const QString& folder) {
    runs_->scan(folder);
}

bool TrainingPanel::isTraining() const {
    return launcher_->isRunning();
}

std::vector<int64_t> TrainingPanel::batchesGuess(const taxa::TrainConfig& c, int world) const {
    std::vector<int64_t> out;
    if (!data_) return out;
    const int64_t train = data_->stats.totals.train, val = data_->stats.totals.val;
    for (const auto& s : c.stages) {
        const double images = s.data == "val" ? kValFitShare * double(val) : double(train);
        // Training leaves out a last short batch unless it is the only one.
        const double perBatch = std::max(1, c.batchSize) * double(std::max(1, world));
        int64_t batches = static_cast<int64_t>(images >= perBatch ? std::floor(images / perBatch)
                                                                  : std::ceil(images / perBatch));
        if (c.maxStepsPerEpoch > 0) batches = std::min(batches, c.maxStepsPerEpoch);
        out.push_back(batches);
    }
    return out;
}

bool TrainingPanel::launch(const TrainRequest& request) {
    if (isTraining()) {
        appendLog(tr("A run is in progress; stop it first."), true);
        return false;
    }
    if (!data_) {
        appendLog(tr("Open a dataset to train on."), true);
        return false;
    }
    resuming_ = request.resume;
    if (!resuming_) curves_->clear();
    runLabel_->setText(QDir::toNativeSeparators(request.runDir));
    appendLog(resuming_ ? tr("Resuming %1").arg(request.runDir)
                        : tr("Starting %1").arg(request.runDir));
    const int processes = form_->processes();
    if (!launcher_->start(request, processes)) return false;
    updateButtons();
    runs_->setActive(request.runDir);
    emit trainingChanged(true);
    return true;
}

bool TrainingPanel::startTraining() {
    const taxa::TrainConfig config = form_->config();
    try {
        config.validate();
    } catch (const std::exception& e) {
        appendLog(tr("Cannot start: %1").arg(QString::fromUtf8(e.what())), true);
        return false;
    }
    QString folder = form_->runFolder();
    if (folder.isEmpty() || holdsRun(folder)) folder = newRunFolder();
    TrainRequest request;
    request.data = data_;
    request.config = config;
    request.runDir = folder;
    return launch(request);
}

bool TrainingPanel::startWith(const QString& preset, int processes) {
    form_->applyPreset(preset);
    form_->setProcesses(processes);
    return startTraining();
}

bool TrainingPanel::resumeRun(const QString& folder) {
    if (folder.isEmpty()) return false;
    TrainRequest request;
    request.data = data_;
    request.runDir = folder;
    request.resume = true;
    return launch(request);
}

void TrainingPanel::setPaused(bool paused) {
    launcher_->setPaused(paused);
    if (launcher_->canPause())
        appendLog(paused ? tr("Pausing after the current batch") : tr("Continuing"));
    updateButtons();
}

void TrainingPanel::stopTraining() {
    if (!isTraining()) return;
    appendLog(tr("Stopping after the current batch..."));
    launcher_->stop();
    stop_->setEnabled(false);
}

void TrainingPanel::shutdown() {
    if (isTraining()) appendLog(tr("Stopping and saving before closing..."));
    launcher_->shutdown();
}

void TrainingPanel::started(const QString& folder) {
    // The run folder now exists: list it, selected, as the one training.
    runs_->setActive(folder);
    runs_->rescan();
    runs_->selectRun(folder);
}

void TrainingPanel::ended(const TrainOutcome& outcome) {
    progress_->finish(outcome.finished);
    if (!outcome.error.isEmpty())
        appendLog(tr("Training failed: %1").arg(outcome.error), true);
    else if (outcome.finished)
        appendLog(tr("Finished; best val top-1 %1%")
                      .arg(QLocale().toString(100 * outcome.bestTop1, 'f', 1)));
    else
        appendLog(tr("Stopped; resume it from Past runs"));
    runs_->setActive(QString());
    runs_->rescan();
    runs_->selectRun(outcome.runDir);
    if (holdsRun(form_->runFolder())) form_->setRunFolder(newRunFolder());
    pause_->setChecked(false);
    updateButtons();
    emit trainingChanged(false);
    emit runEnded(outcome.runDir);
}

void TrainingPanel::showRunCurves(const QString& folder) {
    if (folder.isEmpty() || historyJob_->isRunning()) return;
    auto metrics = std::make_shared<RunMetrics>();
    historyJob_->start(
        [metrics, folder](const taxa::ProgressFn&) { *metrics = readRunMetrics(folder); },
        [this, metrics, folder](BackgroundJob::Outcome outcome, const QString&) {
            // A live run owns the curves; a finished one may be looked at.
            if (outcome != BackgroundJob::Outcome::Succeeded || isTraining()) return;
            curves_->setHistory(*metrics);
            runLabel_->setText(QDir::toNativeSeparators(folder));
        });
}

void TrainingPanel::appendLog(const QString& line, bool error) {
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    const QString text = QStringLiteral("%1&nbsp; %2").arg(stamp, line.toHtmlEscaped());
    log_->appendHtml(error ? QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(text)
                           : text);
}

void TrainingPanel::updateButtons() {
    const bool running = isTraining();
    start_->setEnabled(!running && data_ != nullptr);
    // The CLI's ranks cannot pause: Stop saves, and Resume continues.
    pause_->setEnabled(launcher_->canPause());
    stop_->setEnabled(running);
    pause_->setText(pause_->isChecked() ? tr("&Continue") : tr("&Pause"));
}

TrainingSession* TrainingPanel::session() const {
    return launcher_->session();
}

LaunchedRun* TrainingPanel::launched() const {
    return launcher_->launched();
}
