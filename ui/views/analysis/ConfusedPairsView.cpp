#include "views/analysis/ConfusedPairsView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <algorithm>

#include "models/ConfusedPairsModel.h"
#include "views/analysis/AnalysisTable.h"
#include "views/analysis/ImageEvidence.h"
#include "views/analysis/PairView.h"

namespace {

// Gives its widget the viewport's size, and scrolls only when that is below the widget's
// minimum. (QScrollArea's own resizing goes by the preferred height of a layout with wrapped
// labels, so the pair would always be taller than the room it has.)
class FitScrollArea : public QScrollArea {
  public:
    using QScrollArea::QScrollArea;

  protected:
    void resizeEvent(QResizeEvent* event) override {
        QScrollArea::resizeEvent(event);
        fit();
    }
    bool viewportEvent(QEvent* event) override {
        if (event->type() == QEvent::LayoutRequest) fit();
        return QScrollArea::viewportEvent(event);
    }

  private:
    void fit() {
        if (!widget()) return;
        const QSize room = maximumViewportSize();
        int height = minimumHeight(room.width());
        // Taller than the room: the vertical scroll bar takes its width from the widget's.
        const int width =
            room.width() - (height > room.height() ? verticalScrollBar()->sizeHint().width() : 0);
        if (width != room.width()) height = minimumHeight(width);
        widget()->resize(width, std::max(room.height(), height));
    }
    // At least what wrapped labels need at that width: the minimum size hint assumes the
    // widest lines, and a layout squeezed below what they need overlaps its rows.
    int minimumHeight(int width) const {
        const QLayout* l = widget()->layout();
        const int hint = widget()->minimumSizeHint().height();
        return l && l->hasHeightForWidth() ? std::max(hint, l->minimumHeightForWidth(width)) : hint;
    }
};

}  // namespace

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
    // each. The pair with its chosen image is taller than a small screen leaves: it scrolls rather
    // than pushing the window past the screen's bottom edge.
    auto* scroll = new FitScrollArea(this);
    scroll_ = scroll;
    scroll->setWidget(pair_);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QSplitter* split = stackedPanes(this, table_, scroll, 1, 4);
    split->setSizes({100, 400});  // proportions: the scroll area has no height of its own to ask
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const int32_t a =
                    current.isValid() ? current.data(ConfusedPairsModel::ClassARole).toInt() : -1;
                const int32_t b =
                    current.isValid() ? current.data(ConfusedPairsModel::ClassBRole).toInt() : -1;
                pair_->showPair(a, b);
                if (a >= 0) emit pairChosen(a, b);
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

void ConfusedPairsView::showWhy() {
    pair_->showWhy();
    QTimer::singleShot(500, this, &ConfusedPairsView::scrollToEvidence);
}

void ConfusedPairsView::scrollToEvidence() {
    scroll_->verticalScrollBar()->setValue(pair_->evidence()->y());
}
