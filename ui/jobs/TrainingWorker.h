#pragma once
/// @file TrainingWorker.h
/// @brief Runs a training run (through the ML engine) on the thread it lives on and reports through
/// queued signals; can be paused, continued and stopped from any thread.

#include <QMetaType>
#include <QObject>
#include <QString>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "state/LoadedDataset.h"
#include "state/RunFolder.h"
#include "train/TrainConfig.h"
#include "train/TrainTypes.h"

/// @brief What to train: a new run, or the unfinished run in runDir.
struct TrainRequest {
    std::shared_ptr<const LoadedDataset> data;
    taxa::TrainConfig config;  ///< Ignored when resuming: the run's config.json wins.
    QString runDir;
    bool resume = false;
};

/// @brief How a run ended.
struct TrainOutcome {
    QString runDir;
    bool finished = false;  ///< Every stage done.
    bool stopped = false;   ///< Stopped on request; resumable from last.pt.
    QString error;          ///< Set when the run failed (bad config, NaN loss, I/O).
    double bestTop1 = 0;
};

Q_DECLARE_METATYPE(TrainRequest)
Q_DECLARE_METATYPE(TrainOutcome)
Q_DECLARE_METATYPE(taxa::TrainConfig)
Q_DECLARE_METATYPE(taxa::EpochMetrics)
Q_DECLARE_METATYPE(std::vector<taxa::StepMetrics>)
Q_DECLARE_METATYPE(RunMetrics)

/// @brief Lives on a worker thread; run() blocks that thread for the whole run.
///
/// The trainer asks keepGoing() before every batch: that is where a stop is seen (so a stop
/// takes effect within one batch, and the trainer saves last.pt) and where a pause blocks on a
/// condition variable. Steps are batched into one signal per ~100 ms so that a fast GPU cannot
/// flood the GUI's event queue.
class TrainingWorker : public QObject {
    Q_OBJECT

  public:
    explicit TrainingWorker(QObject* parent = nullptr);

    /// @brief Trains; call on the worker's thread (the session queues it there).
    void run(const TrainRequest& request);

    // Thread-safe controls.
    void setPaused(bool paused);
    void stop();
    /// @brief Clears stop and pause before a new run.
    void reset();

  signals:
    /// @brief The trainer is built: the config it runs (read from the folder when resuming).
    void started(const taxa::TrainConfig& config, const QString& runDir);
    /// @brief The curves logged before this session (resuming only).
    void history(const RunMetrics& metrics);
    void steps(const std::vector<taxa::StepMetrics>& steps);
    void epochDone(const taxa::EpochMetrics& epoch);
    void logLine(const QString& line);
    /// @brief The training thread has actually paused (true) or continued (false).
    void pausedChanged(bool paused);
    void finished(const TrainOutcome& outcome);

  private:
    /// @brief Loads the engine on this thread, saying so in the log the first time.
    void loadEngine();
    bool keepGoing();
    void step(const taxa::StepMetrics& m);
    void flush();

    std::mutex mutex_;
    std::condition_variable wake_;
    bool paused_ = false;
    bool stop_ = false;
    // Training thread only.
    std::vector<taxa::StepMetrics> pending_;
    qint64 lastFlushMs_ = 0;
};
