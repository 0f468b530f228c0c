#pragma once
/// @file CalibrationView.h
/// @brief The calibration tab: can the model's confidence be trusted? A reliability diagram and
/// the expected calibration error for the split and per group, with temperature scaling (fitted
/// on minival) applied on request.

#include <QWidget>
#include <memory>

#include "state/AnalysisResult.h"

class CalibrationModel;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class ReliabilityPlot;

class CalibrationView : public QWidget {
    Q_OBJECT

  public:
    explicit CalibrationView(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const LoadedDataset> data,
                   std::shared_ptr<const AnalysisResult> result);
    /// @brief Shows the scores after temperature scaling (when a temperature was fitted).
    void setScaled(bool scaled);

    ReliabilityPlot* plot() const { return plot_; }
    CalibrationModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QCheckBox* scaling() const { return scaling_; }
    QString summary() const;

  private:
    void showGroup();

    std::shared_ptr<const AnalysisResult> result_;
    QLabel* summary_;
    QCheckBox* scaling_;
    ReliabilityPlot* plot_;
    CalibrationModel* model_;
    QSortFilterProxyModel* sort_;
    QTableView* table_;
};
