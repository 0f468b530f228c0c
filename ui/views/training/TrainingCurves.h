#pragma once
/// @file TrainingCurves.h
/// @brief Live training curves: loss and learning rate per step, val top-1/top-3 per epoch.

#include <qcustomplot.h>
#include <vector>

#include "state/RunFolder.h"
#include "train/TrainConfig.h"
#include "train/TrainTypes.h"

class QTimer;

/// @brief Two stacked plots. New points are appended at once but drawn by one replot per
/// 200 ms at most, however fast steps arrive (a GPU logs hundreds per second).
class TrainingCurves : public QCustomPlot {
    Q_OBJECT

  public:
    explicit TrainingCurves(QWidget* parent = nullptr);

    void clear();
    /// @brief The run's length, so that the epoch axis shows the whole run from the start.
    void setTotalEpochs(int epochs);
    /// @brief Replaces the curves by a run's logged history.
    void setHistory(const RunMetrics& metrics);
    void addSteps(const std::vector<taxa::StepMetrics>& steps);
    void addEpoch(const taxa::EpochMetrics& epoch);

    int stepPoints() const;
    int epochPoints() const;
    /// @brief Replots done so far (tests check that bursts are coalesced).
    int replotCount() const { return replots_; }

  private:
    void addStep(double step, double loss, double lr);
    void addEpochPoint(double epoch, double top1, double top3, double trainTop1);
    void scheduleReplot();
    void redraw();

    QCPAxisRect* stepRect_;
    QCPAxisRect* epochRect_;
    QCPGraph* loss_;
    QCPGraph* lossSmooth_;
    QCPGraph* lr_;
    QCPGraph* top1_;
    QCPGraph* top3_;
    QCPGraph* trainTop1_;
    QTimer* replotTimer_;
    double smoothed_ = -1;
    double maxLoss_ = 0, maxLr_ = 0, maxStep_ = 0, maxEpoch_ = 0;
    int totalEpochs_ = 0;
    int replots_ = 0;
};
