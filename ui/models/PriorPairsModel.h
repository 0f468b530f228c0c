#pragma once
/// @file PriorPairsModel.h
/// @brief Which confused pairs the geographic prior separates: the most confused pairs without
/// the prior, each with its count of mistakes without and with it, most separated first.

#include <QAbstractTableModel>
#include <memory>

#include "state/AnalysisResult.h"

class PriorPairsModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { Pair, Without, With, Change, ColumnCount };
    enum Role { ClassARole = Qt::UserRole + 1, ClassBRole };

    explicit PriorPairsModel(QObject* parent = nullptr);

    /// @brief Pairs of @p without (at most @p maxPairs of its most confused), counted in both.
    void setResults(std::shared_ptr<const LoadedDataset> data,
                    std::shared_ptr<const AnalysisResult> without,
                    std::shared_ptr<const AnalysisResult> with, int maxPairs = 30);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// @brief Pairs with fewer mistakes with the prior than without.
    int separated() const;

  private:
    struct Row {
        int32_t a = 0, b = 0;
        int64_t without = 0, with = 0;
    };
    std::shared_ptr<const LoadedDataset> data_;
    std::vector<Row> rows_;
};
