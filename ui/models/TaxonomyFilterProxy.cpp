#include "models/TaxonomyFilterProxy.h"

#include "models/TaxonomyModel.h"

TaxonomyFilterProxy::TaxonomyFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(TaxonomyModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TaxonomyFilterProxy::setSourceModel(QAbstractItemModel* source) {
    if (source == sourceModel()) return;
    if (model_) disconnect(model_, nullptr, this, nullptr);
    model_ = qobject_cast<TaxonomyModel*>(source);
    Q_ASSERT(!source || model_);
    computedFor_ = -1;
    QSortFilterProxyModel::setSourceModel(source);
    if (model_)
        connect(model_, &QAbstractItemModel::modelReset, this, &TaxonomyFilterProxy::filterChanged);
}

void TaxonomyFilterProxy::setCriteria(const TaxonFilterCriteria& criteria) {
    if (criteria == criteria_) return;
    criteria_ = criteria;
    computedFor_ = -1;
    // invalidate() re-maps all parents in one layout change; invalidateFilter() would diff each
    // mapped parent and emit row signals per parent, quadratic in views with many expanded rows.
    invalidate();
    emit filterChanged();
}

void TaxonomyFilterProxy::refreshIfStale() const {
    if (!model_ || computedFor_ == model_->generation()) return;
    if (model_->dataset())
        result_ = filterTaxonomyRows(*model_->dataset(), model_->rows(), criteria_);
    else
        result_ = {};
    computedFor_ = model_->generation();
}

int TaxonomyFilterProxy::visibleSpecies() const {
    refreshIfStale();
    return result_.species;
}

bool TaxonomyFilterProxy::isRowVisible(int32_t rowId) const {
    refreshIfStale();
    return rowId >= 0 && static_cast<size_t>(rowId) < result_.visible.size() &&
           result_.visible[static_cast<size_t>(rowId)];
}

bool TaxonomyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!model_) return true;
    const auto& rows = model_->rows().rows;
    const size_t parentId = sourceParent.isValid() ? sourceParent.internalId() : 0;
    const auto& children = rows[parentId].children;
    if (sourceRow < 0 || sourceRow >= static_cast<int>(children.size())) return false;
    return isRowVisible(children[static_cast<size_t>(sourceRow)]);
}

bool TaxonomyFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    // Direct comparisons on the row table: sorting thousands of siblings through QVariant and
    // QString conversions per comparison is what makes large tree sorts sluggish.
    const auto& rows = model_->rows().rows;
    const auto& a = rows[left.internalId()];
    const auto& b = rows[right.internalId()];
    switch (left.column()) {
        case TaxonomyModel::Name: {
            const auto* data = model_->dataset();
            const auto la = TaxonomyRows::lowerName(*data, a);
            const auto lb = TaxonomyRows::lowerName(*data, b);
            return la != lb ? la < lb : a.name < b.name;
        }
        case TaxonomyModel::RankColumn:
            return a.rank < b.rank;
        case TaxonomyModel::Species:
            return a.species < b.species;
        case TaxonomyModel::Val:
            return a.val < b.val;
        default:
            return a.train < b.train;
    }
}
