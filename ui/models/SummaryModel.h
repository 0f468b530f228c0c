#pragma once
/// @file SummaryModel.h
/// @brief The per-supercategory table (classes, train, val) with a totals row.

#include <QAbstractTableModel>
#include <memory>

#include "state/LoadedDataset.h"

/// @brief Rows: supercategories (most classes first), then "Total". Sorts numerically through
/// Qt::UserRole.
class SummaryModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { Name, Classes, Train, Val, ColumnCount };

    explicit SummaryModel(QObject* parent = nullptr);
    void setDataset(std::shared_ptr<const LoadedDataset> data);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    std::shared_ptr<const LoadedDataset> data_;
};
