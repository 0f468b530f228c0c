#pragma once
/// @file TaxonomyModel.h
/// @brief The taxonomy as a Qt item model: the 7-rank tree, or supercategory -> species.

#include <QAbstractItemModel>
#include <memory>

#include "state/LoadedDataset.h"
#include "state/TaxonomyRows.h"

/// @brief Tree model over TaxonomyRows. An index's internal id is its row id, so parent() is
/// a table look-up. Columns: name, rank,
/// species, train, val, and the row's share of its parent's train images.
class TaxonomyModel : public QAbstractItemModel {
    Q_OBJECT

  public:
    enum Column { Name, RankColumn, Species, Train, Val, Share, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  ///< Numbers for count columns, names for text columns.
        RowIdRole,                    ///< Row id in rows().
        TaxonRole,                    ///< Taxonomy node id, -1 for supercategory rows.
        ClassRole,                    ///< Class index of a species, else -1.
        RankRole,                     ///< taxa::Rank value or kSupercategoryRank.
        ShareRole,                    ///< Share of the parent's train images, 0..1 (double).
        TotalShareRole,               ///< Share of all train images, 0..1 (double).
        SupercategoryRole,            ///< Supercategory index of the row or its species, or -1.
    };
    using Mode = TaxonomyRows::Mode;

    explicit TaxonomyModel(QObject* parent = nullptr);

    void setDataset(std::shared_ptr<const LoadedDataset> data);
    void setMode(Mode mode);
    Mode mode() const { return rows_.mode; }
    const LoadedDataset* dataset() const { return data_.get(); }
    const TaxonomyRows& rows() const { return rows_; }
    /// @brief Incremented on every reset, so dependents can tell their caches are stale.
    int generation() const { return generation_; }

    /// @brief Index of a row id (column 0).
    QModelIndex indexOfRow(int32_t rowId, int column = 0) const;
    /// @brief Index of a taxonomy node, or invalid if this shape does not show it.
    QModelIndex indexOfTaxon(int32_t taxon) const;
    /// @brief Ranks the dataset has, kingdom to species (a folder tree of depth 3 has two
    /// levels and the classes).
    static std::vector<int> presentRanks(const taxa::Taxonomy& tax);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    const TaxonomyRows::Row& rowOf(const QModelIndex& index) const;
    QVariant sortValue(const TaxonomyRows::Row& row, int column) const;

    std::shared_ptr<const LoadedDataset> data_;
    TaxonomyRows rows_;
    int generation_ = 0;
};
