#include "jobs/TrainingWorker.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <exception>
#include <new>

#include "engine/Engine.h"
#include "util/Error.h"

namespace {
constexpr qint64 kStepBatchMs = 100;
}

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) {}

void TrainingWorker::setPaused(bool paused) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        paused_ = paused;
    }
    wake_.notify_all();
}

void TrainingWorker::stop() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
}

void TrainingWorker::reset() {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = false;
    paused_ = false;
}

bool TrainingWorker::keepGoing() {
    std::unique_lock<std::mutex> lock(mutex_);
    if (paused_ && !stop_) {
        lock.unlock();
        flush();  // the curves show everything up to the pause
        emit pausedChanged(true);
        lock.lock();
        wake_.wait(lock, [this] { return !paused_ || stop_; });
        lock.unlock();
        emit pausedChanged(false);
        lock.lock();
    }
    return !stop_;
}

void TrainingWorker::step(const taxa::StepMetrics& m) {
    pending_.push_back(m);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - lastFlushMs_ >= kStepBatchMs) flush();
}

void TrainingWorker::flush() {
    lastFlushMs_ = QDateTime::currentMSecsSinceEpoch();
    if (pending_.empty()) return;
    emit steps(pending_);
    pending_.clear();
}

void TrainingWorker::loadEngine() {
    if (taxa::engine::loaded()) return;
    // The first run of a session loads LibTorch (most of a second, more from a cold disk).
    emit logLine(tr("Loading the ML engine (LibTorch)..."));
    QElapsedTimer timer;
    timer.start();
    const taxa::engine::Info info = taxa::engine::get().info();
    emit logLine(tr("ML engine loaded in %1 s: LibTorch %2, %3")
                     .arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1),
                          QString::fromStdString(info.libtorchVersion),
                          info.cudaDevices > 0 ? tr("%n CUDA device(s)", nullptr, info.cudaDevices)
                                               : tr("CPU only")));
}

void TrainingWorker::run(const TrainRequest& request) {
    TrainOutcome outcome;
    outcome.runDir = request.runDir;
    pending_.clear();
    lastFlushMs_ = 0;
    try {
        if (!request.data) throw taxa::Error(tr("No dataset is open").toStdString());
        const std::string dir = request.runDir.toStdString();
        const taxa::Dataset& ds = request.data->dataset;
        const taxa::Taxonomy& tax = request.data->taxonomy;
        loadEngine();
        if (request.resume) emit history(readRunMetrics(request.runDir));
        taxa::engine::Training trainer =
            request.resume ? taxa::engine::Training::resume(ds, tax, dir)
                           : taxa::engine::Training::start(ds, tax, request.config, dir);
        emit started(trainer.config(), request.runDir);
        taxa::TrainCallbacks cb;
        cb.keepGoing = [this] { return keepGoing(); };
        cb.onStep = [this](const taxa::StepMetrics& m) { step(m); };
        cb.onEpoch = [this](const taxa::EpochMetrics& m) {
            flush();  // the epoch's last steps come before the epoch
            emit epochDone(m);
        };
        cb.onLog = [this](const std::string& line) { emit logLine(QString::fromStdString(line)); };
        const taxa::TrainResult result = trainer.run(cb);
        outcome.finished = result.finished;
        outcome.stopped = result.stopped;
        outcome.bestTop1 = result.bestTop1;
    } catch (const std::bad_alloc&) {
        outcome.error = tr("Out of memory");
    } catch (const std::exception& e) {
        outcome.error = QString::fromUtf8(e.what());
    }
    flush();
    emit finished(outcome);
}
