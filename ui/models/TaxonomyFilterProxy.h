#pragma once
/// @file TaxonomyFilterProxy.h
/// @brief Search, rank and training-count filtering plus sorting over a TaxonomyModel.

#include <QSortFilterProxyModel>

#include "state/TaxonFilter.h"

class TaxonomyModel;

/// @brief Filters a TaxonomyModel by TaxonFilterCriteria, keeping the ancestors of matches.
///
/// Per-row string compares through data() would cost far more than the 30 ms budget of a
/// keystroke at 8,142 species, so the proxy evaluates the whole table once per change
/// (filterTaxonomyRows over pre-lowered names) and filterAcceptsRow() is a table look-up.
/// A change re-maps everything at once (one layout change) instead of emitting a remove and an
/// insert per parent, which views handle far faster for large trees.
class TaxonomyFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

  public:
    explicit TaxonomyFilterProxy(QObject* parent = nullptr);

    /// @brief Must be a TaxonomyModel.
    void setSourceModel(QAbstractItemModel* source) override;
    void setCriteria(const TaxonFilterCriteria& criteria);
    const TaxonFilterCriteria& criteria() const { return criteria_; }
    /// @brief Species that pass the current criteria.
    int visibleSpecies() const;
    /// @brief Whether a source row id passes the current criteria.
    bool isRowVisible(int32_t rowId) const;

  signals:
    /// @brief The set of shown rows changed (criteria or source data).
    void filterChanged();

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

  private:
    void refreshIfStale() const;

    TaxonomyModel* model_ = nullptr;
    TaxonFilterCriteria criteria_;
    mutable TaxonFilterResult result_;
    mutable int computedFor_ = -1;  ///< Model generation result_ belongs to.
};
