#include "jobs/TrainingSession.h"

#include <QThread>

TrainingSession::TrainingSession(QObject* parent)
    : QObject(parent), thread_(new QThread(this)), worker_(new TrainingWorker) {
    qRegisterMetaType<TrainRequest>();
    qRegisterMetaType<TrainOutcome>();
    qRegisterMetaType<taxa::TrainConfig>();
    qRegisterMetaType<taxa::EpochMetrics>();
    qRegisterMetaType<std::vector<taxa::StepMetrics>>();
    qRegisterMetaType<RunMetrics>();
    thread_->setObjectName(QStringLiteral("training"));
    worker_->moveToThread(thread_);
    connect(worker_, &TrainingWorker::finished, this, [this] {
        running_ = false;
        paused_ = false;
        emit stateChanged();
    });
    thread_->start();
}

TrainingSession::~TrainingSession() {
    shutdown();
}

bool TrainingSession::start(const TrainRequest& request) {
    if (running_ || !thread_->isRunning()) return false;
    worker_->reset();
    running_ = true;
    paused_ = false;
    runDir_ = request.runDir;
    QMetaObject::invokeMethod(
        worker_, [w = worker_, request] { w->run(request); }, Qt::QueuedConnection);
    emit stateChanged();
    return true;
}

void TrainingSession::setPaused(bool paused) {
    if (!running_ || paused == paused_) return;
    paused_ = paused;
    worker_->setPaused(paused);
    emit stateChanged();
}

void TrainingSession::stop() {
    if (running_) worker_->stop();
}

void TrainingSession::shutdown() {
    if (!worker_) return;
    worker_->stop();
    // run() holds the thread's event loop until the trainer returns; quit() is seen after.
    thread_->quit();
    thread_->wait();
    delete worker_;
    worker_ = nullptr;
    running_ = false;
}
