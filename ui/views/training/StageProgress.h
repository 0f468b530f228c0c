#pragma once
/// @file StageProgress.h
/// @brief One progress bar per training stage, each with its epoch and time left.

#include <QElapsedTimer>
#include <QWidget>
#include <vector>

#include "state/TrainEta.h"

class QGridLayout;
class QLabel;
class QProgressBar;

/// @brief Shows a run's stages, the one in progress with its ETA, and a summary line.
class StageProgress : public QWidget {
    Q_OBJECT

  public:
    explicit StageProgress(QWidget* parent = nullptr);

    /// @brief A run of @p config starts; see TrainEta::reset for @p batchesGuess.
    void start(const taxa::TrainConfig& config, const std::vector<int64_t>& batchesGuess);
    void addSteps(const std::vector<taxa::StepMetrics>& steps);
    void addEpoch(const taxa::EpochMetrics& epoch);
    void setPaused(bool paused);
    void finish(bool completed);

    QString summary() const;
    const TrainEta& eta() const { return eta_; }

    /// @brief "1:05:03", "4:07" or "0:12".
    static QString duration(double seconds);

  private:
    void refresh();

    TrainEta eta_;
    QElapsedTimer clock_;
    QGridLayout* grid_;
    QLabel* summary_;
    std::vector<QWidget*> rowWidgets_;
    std::vector<QProgressBar*> bars_;
    std::vector<QLabel*> texts_;
    std::vector<QString> names_;
    taxa::StepMetrics last_;
    double imagesPerSecond_ = 0;
    bool paused_ = false;
    bool running_ = false;
};
