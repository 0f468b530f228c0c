#pragma once
/// @file TrainingSession.h
/// @brief Owns the training thread and its worker: start, pause, continue, stop, and a clean
/// shutdown that saves the run before the window goes.

#include <QObject>
#include <QString>

#include "jobs/TrainingWorker.h"

class QThread;

/// @brief One training run at a time on a thread of its own.
///
/// Connect to worker()'s signals for progress; they arrive queued on the GUI thread. The
/// destructor stops a run in progress and joins the thread, so the worker never outlives the
/// session (the trainer saves last.pt on the way out).
class TrainingSession : public QObject {
    Q_OBJECT

  public:
    explicit TrainingSession(QObject* parent = nullptr);
    ~TrainingSession() override;

    /// @brief Starts @p request on the training thread; false if a run is in progress.
    bool start(const TrainRequest& request);
    void setPaused(bool paused);
    /// @brief Asks the run to stop before its next batch; finished() follows.
    void stop();
    /// @brief Stops the run and waits for it to save and end; the session is unusable after.
    void shutdown();

    bool isRunning() const { return running_; }
    bool isPaused() const { return paused_; }
    QString runDir() const { return runDir_; }
    TrainingWorker* worker() const { return worker_; }

  signals:
    /// @brief Running, paused or idle changed.
    void stateChanged();

  private:
    QThread* thread_;
    TrainingWorker* worker_;
    bool running_ = false;
    bool paused_ = false;
    QString runDir_;
};
