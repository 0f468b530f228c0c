#include "views/ConfusedPairsView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>

#include "models/ConfusedPairsModel.h"
#include "views/AnalysisTable.h"
#include "views/PairView.h"

ConfusedPairsView::ConfusedPairsView(QWidget* parent)
    : QWidget(parent),
      model_(new ConfusedPairsModel(this)),
      sort_(new QSortFilterProxyModel(this)),
      pair_(new PairView(this)) {
    sort_->setSourceModel(model_);
    sort_->setSortRole(ConfusedPairsModel::SortRole);
    table_ = analysisTable(this, sort_);
    // Most confused first; the sort is stable, so ties keep the report's order.
    table_->sortByColumn(ConfusedPairsModel::Total, Qt::DescendingOrder);
    // Above one another: the table shows all its columns, the two species get half the width
    // each.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(pair_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid()) return pair_->showPair(-1, -1);
                pair_->showPair(current.data(ConfusedPairsModel::ClassARole).toInt(),
                                current.data(ConfusedPairsModel::ClassBRole).toInt());
            });
    connect(pair_, &PairView::imageRequested, this, &ConfusedPairsView::imageRequested);
}

void ConfusedPairsView::setResult(std::shared_ptr<const LoadedDataset> data,
                                  std::shared_ptr<const AnalysisResult> result) {
    const int32_t shownA = pair_->classA(), shownB = pair_->classB();
    model_->setResult(data, result);
    pair_->setResult(std::move(data), std::move(result));
    table_->resizeColumnsToContents();
    if (sort_->rowCount() == 0) return;
    const int row = rowOf(shownA, shownB);
    table_->setCurrentIndex(sort_->index(row < 0 ? 0 : row, 0));
}

int ConfusedPairsView::rowOf(int32_t a, int32_t b) const {
    for (int row = 0; row < sort_->rowCount(); ++row) {
        const QModelIndex ix = sort_->index(row, 0);
        const int x = ix.data(ConfusedPairsModel::ClassARole).toInt();
        const int y = ix.data(ConfusedPairsModel::ClassBRole).toInt();
        if ((x == a && y == b) || (x == b && y == a)) return row;
    }
    return -1;
}

void ConfusedPairsView::showPair(int32_t a, int32_t b) {
    const int row = rowOf(a, b);
    if (row >= 0)
        table_->setCurrentIndex(sort_->index(row, 0));
    else
        pair_->showPair(a, b);  // not among the listed pairs: show them anyway
}
