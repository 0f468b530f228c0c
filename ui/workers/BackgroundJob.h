#pragma once
/// @file BackgroundJob.h
/// @brief Runs one long core job off the GUI thread and reports back through queued signals.

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

#include "util/Progress.h"

/// @brief Runs a core job on the thread pool. Progress arrives as signals at most every 50 ms;
/// cancel() makes the job's next progress call return false. The destructor cancels and
/// waits, so a job never outlives the object that started it.
class BackgroundJob : public QObject {
    Q_OBJECT

  public:
    /// The work: call the callback now and then; it throws taxa::Cancelled after cancel().
    using Work = std::function<void(const taxa::ProgressFn&)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    /// How a job ended, for the one caller that started it.
    enum class Outcome { Succeeded, Failed, Cancelled };
    /// Called on the object's thread once the work has ended; @p message is the error.
    using Finished = std::function<void(Outcome outcome, const QString& message)>;

    /// @brief Starts @p work; returns false if a job is still running. @p finished (if any) is
    /// called once when this run ends, after the signals: each start names its own ending, so
    /// no caller rewires the signals between runs.
    bool start(Work work, Finished finished = {});
    void cancel();
    bool isRunning() const;

  signals:
    void progress(const QString& stage, qint64 done, qint64 total);
    void succeeded();
    void failed(const QString& message);
    void cancelled();

  private:
    struct Shared {
        std::atomic<bool> cancel{false};
        std::atomic<qint64> lastReportMs{0};
    };
    QFutureWatcher<void> watcher_;
    std::shared_ptr<Shared> shared_;
    Finished finished_;
    QString error_;
    bool wasCancelled_ = false;
};
