#pragma once
/// @file TrainingPanel.h
/// @brief The Training panel: the config form, Start / Pause / Stop, progress per stage,
/// live curves, the log, and the past runs.

#include <QWidget>
#include <memory>
#include <vector>

#include "state/LoadedDataset.h"
#include "train/TrainConfig.h"

class BackgroundJob;
class LaunchedRun;
class PastRunsView;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class StageProgress;
class TrainConfigForm;
class TrainingCurves;
class TrainingLauncher;
class TrainingSession;
struct TrainOutcome;
struct TrainRequest;

/// @brief Trains on the open dataset in a background thread, or on several processes through
/// `taxa-cli train --nproc-per-node N` followed through the run folder, and shows it learn.
class TrainingPanel : public QWidget {
    Q_OBJECT

  public:
    explicit TrainingPanel(QWidget* parent = nullptr);
    ~TrainingPanel() override;

    void setDataset(std::shared_ptr<const LoadedDataset> data);
    /// @brief Points the past-runs list at @p folder (default: runsFolder()) and scans it.
    void setRunsFolder(const QString& folder);

    /// @brief Starts a new run with the form's config; false (with a message in the log) if
    /// none can start.
    bool startTraining();
    /// @brief Starts a new run of @p preset on @p processes processes (as `taxa --train`).
    bool startWith(const QString& preset, int processes);
    /// @brief Continues the unfinished run in @p folder.
    bool resumeRun(const QString& folder);
    void setPaused(bool paused);
    void stopTraining();
    /// @brief Stops a run in progress and waits until it has saved (for closing the window;
    /// a launched run gets a bounded wait, then is killed).
    void shutdown();
    bool isTraining() const;

    TrainConfigForm* form() const { return form_; }
    TrainingCurves* curves() const { return curves_; }
    StageProgress* progress() const { return progress_; }
    PastRunsView* pastRuns() const { return runs_; }
    TrainingSession* session() const;
    LaunchedRun* launched() const;
    QPlainTextEdit* log() const { return log_; }
    QPushButton* startButton() const { return start_; }
    QPushButton* pauseButton() const { return pause_; }
    QPushButton* stopButton() const { return stop_; }

  signals:
    /// @brief A run started (true) or ended (false).
    void trainingChanged(bool running);
    /// @brief A run ended (finished, stopped or failed).
    void runEnded(const QString& folder);
    /// @brief The person asked to analyse a run's predictions.
    void analyseRequested(const QString& folder);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    /// @brief Shows what the run (in the training thread, or launched) reports.
    void follow();
    void probeEngine();
    bool launch(const TrainRequest& request);
    void started(const QString& folder);
    void ended(const TrainOutcome& outcome);
    void showRunCurves(const QString& folder);
    void appendLog(const QString& line, bool error = false);
    void updateButtons();
    std::vector<int64_t> batchesGuess(const taxa::TrainConfig& c, int world) const;

    std::shared_ptr<const LoadedDataset> data_;
    TrainingLauncher* launcher_;
    TrainConfigForm* form_;
    PastRunsView* runs_;
    QTabWidget* side_;
    QPushButton* start_;
    QPushButton* pause_;
    QPushButton* stop_;
    QLabel* runLabel_;
    StageProgress* progress_;
    TrainingCurves* curves_;
    QPlainTextEdit* log_;
    BackgroundJob* historyJob_;
    BackgroundJob* engineJob_;  ///< Asks the engine how many CUDA devices it finds.
    bool resuming_ = false;
    bool engineProbed_ = false;
};
