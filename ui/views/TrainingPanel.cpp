#include "views/TrainingPanel.h"

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
#include <type_traits>

#include "RunsLocation.h"
#include "engine/Engine.h"
#include "views/PastRunsView.h"
#include "views/StageProgress.h"
#include "views/TrainConfigForm.h"
#include "views/TrainingCurves.h"
#include "workers/BackgroundJob.h"
#include "workers/LaunchedRun.h"
#include "workers/TrainingSession.h"

namespace {
constexpr int kLogLines = 5000;
constexpr double kValFitShare = 0.9;  ///< Val fine-tuning uses val minus the 10% minival.
}  // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent),
      session_(new TrainingSession(this)),
      launched_(new LaunchedRun(this)),
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
      historyJob_(new BackgroundJob(this)) {
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

    TrainingWorker* w = session_->worker();
    follow(w);
    connect(w, &TrainingWorker::logLine, this, [this](const QString& line) { appendLog(line); });
    connect(w, &TrainingWorker::pausedChanged, progress_, &StageProgress::setPaused);
    follow(launched_);
    connect(form_->processesBox(), &QSpinBox::valueChanged, this, [this](int n) {
        if (n > 1) probeEngine();
    });
    connect(launched_, &LaunchedRun::logLine, this, &TrainingPanel::appendLog);
    connect(session_, &TrainingSession::stateChanged, this, &TrainingPanel::updateButtons);
    setRunsFolder(runsFolder());
    updateButtons();
}

TrainingPanel::~TrainingPanel() {
    // The worker reports into this panel's widgets: join it while they exist.
    session_->shutdown();
    launched_->shutdown();
}

template <class Source>
void TrainingPanel::follow(Source* source) {
    connect(source, &Source::history, curves_, &TrainingCurves::setHistory);
    connect(source, &Source::started, this,
            [this, source](const taxa::TrainConfig& config, const QString& folder) {
                const std::vector<int64_t> batches = batchesGuess(config, world_);
                if constexpr (std::is_same_v<Source, LaunchedRun>) source->setBatches(batches);
                progress_->start(config, batches);
                curves_->setTotalEpochs(config.totalEpochs());
                started(folder);
            });
    connect(source, &Source::steps, this, [this](const std::vector<taxa::StepMetrics>& s) {
        curves_->addSteps(s);
        progress_->addSteps(s);
    });
    connect(source, &Source::epochDone, this, [this](const taxa::EpochMetrics& e) {
        curves_->addEpoch(e);
        progress_->addEpoch(e);
    });
    connect(source, &Source::finished, this, &TrainingPanel::ended);
}

void TrainingPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (taxa::engine::loaded()) probeEngine();  // a training run or About loaded it: cheap
}

void TrainingPanel::probeEngine() {
    // Whether the processes field counts GPUs. The engine (LibTorch) is loaded only to train
    // or predict: here when the field asks for more than one process, and off this thread.
    if (engineProbed_) return;
    engineProbed_ = true;
    auto devices = std::make_shared<int>(0);
    auto* job = new BackgroundJob(this);
    connect(job, &BackgroundJob::succeeded, this, [this, devices, job] {
        form_->setCudaDevices(*devices);
        job->deleteLater();
    });
    connect(job, &BackgroundJob::failed, job, &QObject::deleteLater);  // no engine: CPU only
    job->start(
        [devices](const taxa::ProgressFn&) { *devices = taxa::engine::get().info().cudaDevices; });
}

void TrainingPanel::setDataset(std::shared_ptr<const LoadedDataset> data) {
    data_ = std::move(data);
    updateButtons();
}

void TrainingPanel::setRunsFolder(const QString& folder) {
    runs_->scan(folder);
}

bool TrainingPanel::isTraining() const {
    return session_->isRunning() || launched_->isRunning();
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
    if (processes > 1 ? !launched_->start(request, processes) : !session_->start(request))
        return false;
    world_ = processes;
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
    if (folder.isEmpty() || QFileInfo::exists(folder + QStringLiteral("/config.json")))
        folder = newRunFolder();
    TrainRequest request;
    request.data = data_;
    request.config = config;
    request.runDir = folder;
    return launch(request);
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
    session_->setPaused(paused);
    if (session_->isRunning())
        appendLog(paused ? tr("Pausing after the current batch") : tr("Continuing"));
    updateButtons();
}

void TrainingPanel::stopTraining() {
    if (!isTraining()) return;
    appendLog(tr("Stopping after the current batch..."));
    session_->stop();
    launched_->stop();
    stop_->setEnabled(false);
}

void TrainingPanel::shutdown() {
    if (isTraining()) appendLog(tr("Stopping and saving before closing..."));
    session_->shutdown();
    launched_->shutdown();
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
    if (QFileInfo::exists(form_->runFolder() + QStringLiteral("/config.json")))
        form_->setRunFolder(newRunFolder());
    pause_->setChecked(false);
    updateButtons();
    emit trainingChanged(false);
    emit runEnded(outcome.runDir);
}

void TrainingPanel::showRunCurves(const QString& folder) {
    if (folder.isEmpty() || historyJob_->isRunning()) return;
    auto metrics = std::make_shared<RunMetrics>();
    disconnect(historyJob_, &BackgroundJob::succeeded, this, nullptr);
    connect(historyJob_, &BackgroundJob::succeeded, this, [this, metrics, folder] {
        // A live run owns the curves; a finished one may be looked at.
        if (isTraining()) return;
        curves_->setHistory(*metrics);
        runLabel_->setText(QDir::toNativeSeparators(folder));
    });
    historyJob_->start(
        [metrics, folder](const taxa::ProgressFn&) { *metrics = readRunMetrics(folder); });
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
    pause_->setEnabled(session_->isRunning());
    stop_->setEnabled(running);
    pause_->setText(pause_->isChecked() ? tr("&Continue") : tr("&Pause"));
}
