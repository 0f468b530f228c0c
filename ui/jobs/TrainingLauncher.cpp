#include "jobs/TrainingLauncher.h"

#include "jobs/LaunchedRun.h"
#include "jobs/TrainingSession.h"

TrainingLauncher::TrainingLauncher(QObject* parent)
    : QObject(parent), session_(new TrainingSession(this)), launched_(new LaunchedRun(this)) {
    TrainingWorker* worker = session_->worker();
    forward(worker);
    forward(launched_);
    connect(worker, &TrainingWorker::logLine, this,
            [this](const QString& line) { emit logLine(line, false); });
    connect(worker, &TrainingWorker::pausedChanged, this, &TrainingLauncher::pausedChanged);
    connect(launched_, &LaunchedRun::logLine, this, &TrainingLauncher::logLine);
    connect(session_, &TrainingSession::stateChanged, this, &TrainingLauncher::stateChanged);
}

TrainingLauncher::~TrainingLauncher() {
    shutdown();
}

template <class Source>
void TrainingLauncher::forward(Source* source) {
    connect(source, &Source::started, this, &TrainingLauncher::started);
    connect(source, &Source::history, this, &TrainingLauncher::history);
    connect(source, &Source::steps, this, &TrainingLauncher::steps);
    connect(source, &Source::epochDone, this, &TrainingLauncher::epochDone);
    connect(source, &Source::finished, this, &TrainingLauncher::finished);
}

bool TrainingLauncher::start(const TrainRequest& request, int processes) {
    if (isRunning()) return false;
    // One process trains here; more go through taxa-cli, which starts and watches the ranks.
    const bool ok = processes > 1 ? launched_->start(request, processes) : session_->start(request);
    if (ok) processes_ = processes;
    return ok;
}

bool TrainingLauncher::canPause() const {
    return session_->isRunning();
}

void TrainingLauncher::setPaused(bool paused) {
    session_->setPaused(paused);
}

void TrainingLauncher::stop() {
    session_->stop();
    launched_->stop();
}

void TrainingLauncher::shutdown() {
    session_->shutdown();
    launched_->shutdown();
}

bool TrainingLauncher::isRunning() const {
    return session_->isRunning() || launched_->isRunning();
}

void TrainingLauncher::setBatches(std::vector<int64_t> batches) {
    launched_->setBatches(std::move(batches));
}
