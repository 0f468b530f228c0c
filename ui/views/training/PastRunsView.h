#pragma once
/// @file PastRunsView.h
/// @brief The runs in the runs folder: a table, the chosen run's config, and what can be done
/// with it (resume, show its curves, analyse it).

#include <QWidget>
#include <vector>

#include "state/RunFolder.h"

class BackgroundJob;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class RunListModel;
struct RunInfo;

/// @brief Lists runs (scanned off the GUI thread) and offers actions on the selected one.
class PastRunsView : public QWidget {
    Q_OBJECT

  public:
    explicit PastRunsView(QWidget* parent = nullptr);

    /// @brief Scans @p folder (again) in the background; scanned() follows.
    void scan(const QString& folder);
    void rescan();
    /// @brief The run training now: shown as such and not offered for resuming.
    void setActive(const QString& folder);
    /// @brief Selects the run in @p folder, if listed.
    void selectRun(const QString& folder);
    QString selectedRun() const;

    RunListModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QPushButton* resumeButton() const { return resume_; }
    QPlainTextEdit* configView() const { return config_; }

  signals:
    void scanned();
    void resumeRequested(const QString& folder);
    void curvesRequested(const QString& folder);
    void analyseRequested(const QString& folder);

  private:
    void selectionChanged();
    void showRuns(std::vector<RunInfo> runs);

    QString folder_;
    QString wantSelected_;
    RunListModel* model_;
    QTableView* table_;
    QPlainTextEdit* config_;
    QPushButton* resume_;
    QPushButton* curves_;
    QPushButton* analyse_;
    BackgroundJob* scanJob_;
    bool rescanPending_ = false;
    bool canResume_ = true;
};
