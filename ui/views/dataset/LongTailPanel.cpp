#include "views/dataset/LongTailPanel.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include "views/common/BucketPlot.h"
#include "views/dataset/LongTailPlot.h"

LongTailPanel::LongTailPanel(QWidget* parent)
    : QWidget(parent), curve_(new LongTailPlot(this)), buckets_(new BucketPlot(this)) {
    auto* hint = new QLabel(tr("Point at a species to name it; click to select it in the "
                               "taxonomy, double-click to open it. Drag or scroll to zoom along "
                               "the species; right-click to show all. Click a bucket to list its "
                               "species."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(curve_);
    split->addWidget(buckets_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    curve_->setMinimumHeight(220);
    buckets_->setMinimumHeight(160);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(hint);
}

void LongTailPanel::setDataset(std::shared_ptr<const LoadedDataset> data) {
    curve_->setDataset(data);
    buckets_->setDataset(std::move(data));
}
