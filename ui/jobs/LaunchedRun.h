#pragma once
/// @file LaunchedRun.h
/// @brief A data-parallel run started through the CLI's launcher (`taxa-cli train
/// --nproc-per-node N`) and followed through its run folder, reporting with the same signals
/// as a run in the training thread (TrainingWorker).

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include "jobs/TrainingWorker.h"

class QTemporaryFile;
class QTimer;
template <typename T>
class QFutureWatcher;

/// @brief One launched run at a time.
///
/// Everything here is asynchronous on the GUI thread: the process reports through QProcess's
/// signals, and metrics.jsonl is read (only what was appended) on the thread pool every
/// kPollMs. Only shutdown() blocks, for a bounded time. The child is asked to receive SIGTERM
/// if the GUI dies, so that even then the run saves last.pt.
class LaunchedRun : public QObject {
    Q_OBJECT

  public:
    explicit LaunchedRun(QObject* parent = nullptr);
    ~LaunchedRun() override;

    /// @brief taxa-cli: $TAXA_CLI if set, else beside this program, else the build tree's.
    static QString cliProgram();
    /// @brief The `taxa-cli` arguments for @p request on @p processes processes, a new run
    /// reading its config from @p configFile.
    static QStringList arguments(const TrainRequest& request, int processes,
                                 const QString& configFile);

    /// @brief Starts @p request on @p processes processes; false (with a log line) if a run is
    /// in progress or the config cannot be written.
    bool start(const TrainRequest& request, int processes);
    /// @brief Sends SIGTERM: the ranks stop after their batch and save last.pt; finished()
    /// follows.
    void stop();
    /// @brief Stops the run and waits up to @p waitMs for it to save and end (then kills it);
    /// emits nothing more.
    void shutdown(int waitMs = 120000);
    bool isRunning() const { return running_; }
    /// @brief Batches per epoch of each stage, for the steps' progress (not logged).
    void setBatches(std::vector<int64_t> batches) { batches_ = std::move(batches); }
    QProcess* process() const { return process_; }

  signals:
    void started(const taxa::TrainConfig& config, const QString& runDir);
    void history(const RunMetrics& metrics);
    void steps(const std::vector<taxa::StepMetrics>& steps);
    void epochDone(const taxa::EpochMetrics& epoch);
    void logLine(const QString& line, bool error);
    void finished(const TrainOutcome& outcome);

  private:
    struct Poll;
    void poll();
    void polled();
    void readOutput(QProcess::ProcessChannel channel);
    void processEnded(int code, QProcess::ExitStatus status);
    void finish();

    QProcess* process_;
    QTimer* timer_;
    QFutureWatcher<Poll>* reader_;
    std::unique_ptr<QTemporaryFile> configFile_;
    TrainRequest request_;
    taxa::TrainConfig config_;
    std::vector<int64_t> batches_;
    QByteArray partial_[2];  ///< Unfinished output lines, per channel.
    QString lastError_;
    qint64 offset_ = 0;
    int epochsDone_ = 0;
    double bestTop1_ = 0;
    int exitCode_ = 0;
    bool crashed_ = false;
    bool running_ = false;
    bool begun_ = false;      ///< started() emitted.
    bool pollAgain_ = false;  ///< Poll once more when the one in flight is done.
    bool ending_ = false;     ///< The process ended; finish after the last poll.
    bool stopAsked_ = false;
};
