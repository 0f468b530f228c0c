#pragma once
/// @file ConfusedPairsModel.h
/// @brief The most confused species pairs of an analysis, one row each.

#include <QAbstractTableModel>
#include <memory>

#include "state/AnalysisResult.h"

/// @brief Rows in the report's order (most confused first); a proxy may sort by any column.
class ConfusedPairsModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { SpeciesA, SpeciesB, AasB, BasA, Total, Shared, ColumnCount };
    enum Role {
        ClassARole = Qt::UserRole + 1,
        ClassBRole,
        SortRole,  ///< Numbers as numbers, names as text.
    };

    explicit ConfusedPairsModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const LoadedDataset> data,
                   std::shared_ptr<const AnalysisResult> result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    QString speciesName(int32_t c) const;

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> result_;
    QStringList shared_;  ///< Per row, computed once.
};
