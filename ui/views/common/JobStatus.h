#pragma once
/// @file JobStatus.h
/// @brief The one way a panel runs background work and shows it: a status line, a progress
/// bar, a Cancel button and the time taken and left, bound to one BackgroundJob. Panels hand it
/// the work (from ui/jobs) and what to do with the result; it shows the rest.

#include <QElapsedTimer>
#include <QWidget>
#include <functional>

#include "workers/BackgroundJob.h"

class QLabel;
class QProgressBar;
class QPushButton;

class JobStatus : public QWidget {
    Q_OBJECT

  public:
    /// @brief Without @p cancellable the Cancel button never shows (work that must finish).
    explicit JobStatus(QWidget* parent = nullptr, bool cancellable = true);
    /// @brief Cancels and joins a running job before the widgets it reports into go.
    ~JobStatus() override;

    /// @brief Runs @p work, saying @p what; on success calls @p done, on failure shows the
    /// message in red and emits failed(), on cancel says so. False (with a note in the status
    /// line) while another job runs.
    bool run(const QString& what, BackgroundJob::Work work, std::function<void()> done = {});
    bool isRunning() const;
    void cancel();
    /// @brief A plain status line (the running job's stage replaces it).
    void setText(const QString& text);
    /// @brief A status line in red.
    void setError(const QString& message);
    QString text() const;
    /// @brief Shows or hides the Cancel button while a job runs.
    void setCancellable(bool cancellable);
    BackgroundJob* job() const { return job_; }

    /// @brief "1:05 elapsed, about 0:40 left" for @p done of @p total after @p elapsedMs; the
    /// estimate only once a share is done (before that it would swing wildly).
    static QString timing(qint64 elapsedMs, qint64 done, qint64 total);

  signals:
    void failed(const QString& message);
    /// @brief A job ended, whichever way.
    void finished(BackgroundJob::Outcome outcome);

  private:
    void showProgress(const QString& stage, qint64 done, qint64 total);
    void ended(BackgroundJob::Outcome outcome, const QString& message);

    BackgroundJob* job_;
    QLabel* label_;
    QLabel* time_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QElapsedTimer clock_;
    bool cancellable_;
    std::function<void()> done_;
};
