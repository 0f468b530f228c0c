#pragma once
/// @file TrainingLauncher.h
/// @brief Training as the Training panel asks for it: on one process in this program's
/// training thread (TrainingSession), or on several through `taxa-cli train --nproc-per-node N`
/// followed through the run folder (LaunchedRun). Whichever runs, its reports come out of the
/// same signals, so the panel never asks which.

#include <QObject>
#include <QString>
#include <vector>

#include "jobs/TrainingWorker.h"

class LaunchedRun;
class TrainingSession;

class TrainingLauncher : public QObject {
    Q_OBJECT

  public:
    explicit TrainingLauncher(QObject* parent = nullptr);
    /// @brief Stops a run and waits until it has saved.
    ~TrainingLauncher() override;

    /// @brief Starts @p request on @p processes processes; false if a run is in progress or it
    /// cannot start (said through logLine or finished).
    bool start(const TrainRequest& request, int processes);
    /// @brief Only a run in this process can pause; launched ranks stop and resume instead.
    bool canPause() const;
    void setPaused(bool paused);
    /// @brief Stops after the current batch, saving a checkpoint.
    void stop();
    /// @brief Stops and waits until saved (for closing the window).
    void shutdown();
    bool isRunning() const;
    /// @brief Processes of the run in progress (or the last one).
    int processes() const { return processes_; }
    /// @brief Batches per epoch of each stage, for progress of a launched run (its ranks do not
    /// report them).
    void setBatches(std::vector<int64_t> batches);

    TrainingSession* session() const { return session_; }
    LaunchedRun* launched() const { return launched_; }

  signals:
    void started(const taxa::TrainConfig& config, const QString& runDir);
    void history(const RunMetrics& metrics);
    void steps(const std::vector<taxa::StepMetrics>& steps);
    void epochDone(const taxa::EpochMetrics& epoch);
    void logLine(const QString& line, bool error);
    void pausedChanged(bool paused);
    /// @brief Running, paused or stopped changed.
    void stateChanged();
    void finished(const TrainOutcome& outcome);

  private:
    template <class Source>
    void forward(Source* source);

    TrainingSession* session_;
    LaunchedRun* launched_;
    int processes_ = 1;
};
