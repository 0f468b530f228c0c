#pragma once
/// @file LabelErrorsModel.h
/// @brief The likely label errors of an analysis: its wrong predictions, most mistaken first.

#include <QAbstractTableModel>
#include <memory>

#include "state/AnalysisResult.h"

/// @brief One row per val image whose top-1 class is not its label, in the order of
/// AnalysisResult::labelErrors (FiftyOne's mistakenness, highest first); a proxy may sort by any
/// column. Empty when the predictions carry no scores.
class LabelErrorsModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column {
        Rank,
        Labelled,
        Predicted,
        Confidence,
        LabelProbability,
        Mistakenness,
        Hardness,
        ColumnCount
    };
    enum Role {
        ImageRole = Qt::UserRole + 1,  ///< Index into Dataset::images.
        TruthRole,                     ///< Labelled class.
        PredictedRole,                 ///< Top-1 class.
        SortRole,                      ///< Numbers as numbers, names as text.
    };

    explicit LabelErrorsModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const LoadedDataset> data,
                   std::shared_ptr<const AnalysisResult> result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    QVariant value(int row, int column) const;
    QString className(int32_t c) const;

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> result_;
};
