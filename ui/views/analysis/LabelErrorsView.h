#pragma once
/// @file LabelErrorsView.h
/// @brief The likely label errors of the whole split: wrong predictions ranked by mistakenness,
/// each leading to its image (with its scores) and to the pair of labelled and predicted species.

#include <QWidget>
#include <memory>

#include "state/AnalysisResult.h"

class ImageEvidence;
class LabelErrorsModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

class LabelErrorsView : public QWidget {
    Q_OBJECT

  public:
    explicit LabelErrorsView(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const LoadedDataset> data,
                   std::shared_ptr<const AnalysisResult> result);

    LabelErrorsModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    ImageEvidence* evidence() const { return evidence_; }

  signals:
    /// @brief Show classes @p truth and @p predicted side by side, with @p image chosen.
    void pairRequested(int32_t truth, int32_t predicted, int32_t image);
    void imageRequested(int imageIndex);
    /// @brief The row of dataset image @p image was chosen.
    void imageChosen(int imageIndex);

  private:
    LabelErrorsModel* model_;
    QSortFilterProxyModel* sort_;
    QTableView* table_;
    QLabel* hint_;
    ImageEvidence* evidence_;
};
