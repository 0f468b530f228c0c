#include "views/dataset/SpeciesPanel.h"
#include "state/RankLabels.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

#include "dataset/Buckets.h"
#include "models/ThumbnailModel.h"
#include "views/dataset/ImageViewer.h"
#include "views/dataset/TaxonBreadcrumb.h"
#include "views/dataset/ThumbnailDelegate.h"
#include "workers/ThumbnailLoader.h"

namespace {
constexpr int kThumbSide = 112;
}

SpeciesPanel::SpeciesPanel(QWidget* parent)
    : QWidget(parent),
      breadcrumb_(new TaxonBreadcrumb(this)),
      title_(new QLabel(this)),
      facts_(new QLabel(this)),
      loader_(new ThumbnailLoader(kThumbSide, 96ll << 20, this)),
      thumbnails_(new ThumbnailModel(loader_, this)),
      grid_(new QListView(this)),
      viewer_(new ImageViewer(this)),
      split_(new QSplitter(Qt::Horizontal, this)),
      hint_(new QLabel(this)),
      visibleTimer_(new QTimer(this)) {
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title_->setFont(big);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts_->setWordWrap(true);
    hint_->setAlignment(Qt::AlignCenter);
    hint_->setForegroundRole(QPalette::PlaceholderText);

    grid_->setModel(thumbnails_);
    grid_->setItemDelegate(new ThumbnailDelegate(kThumbSide, this));
    grid_->setViewMode(QListView::IconMode);
    grid_->setResizeMode(QListView::Adjust);
    grid_->setMovement(QListView::Static);
    grid_->setUniformItemSizes(true);  // the grid never asks every row for its size
    grid_->setSelectionMode(QAbstractItemView::SingleSelection);
    grid_->setSpacing(4);
    grid_->viewport()->installEventFilter(this);

    split_->addWidget(grid_);
    split_->addWidget(viewer_);
    split_->setStretchFactor(0, 3);
    split_->setStretchFactor(1, 2);
    split_->setSizes({600, 400});  // proportions; QSettings may restore the person's own
    split_->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(breadcrumb_);
    layout->addWidget(title_);
    layout->addWidget(facts_);
    layout->addWidget(split_, 1);
    layout->addWidget(hint_, 1);

    // Scrolling and resizing change what is on screen; tell the loader once things settle.
    visibleTimer_->setSingleShot(true);
    visibleTimer_->setInterval(40);
    connect(visibleTimer_, &QTimer::timeout, this, &SpeciesPanel::reportVisibleRows);
    connect(grid_->verticalScrollBar(), &QScrollBar::valueChanged, visibleTimer_,
            qOverload<>(&QTimer::start));
    connect(grid_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                viewer_->showImage(
                    current.isValid() ? current.data(ThumbnailModel::ImageIndexRole).toInt() : -1);
            });
    connect(breadcrumb_, &TaxonBreadcrumb::taxonClicked, this, &SpeciesPanel::taxonClicked);
    showTaxon(-1);
}

void SpeciesPanel::setDataset(std::shared_ptr<const LoadedDataset> data, bool keepState) {
    const int32_t taxon = keepState ? taxon_ : -1;
    const int32_t image = keepState ? viewer_->image() : -1;
    data_ = std::move(data);
    viewer_->setDataset(data_);
    showTaxon(taxon);
    if (image >= 0) showImage(image);
}

QString SpeciesPanel::countsText(int species, int64_t train, int64_t val) const {
    const QLocale locale;
    return tr("%1 species \u00b7 %2 training images \u00b7 %3 validation images")
        .arg(locale.toString(species), locale.toString(static_cast<qlonglong>(train)),
             locale.toString(static_cast<qlonglong>(val)));
}

void SpeciesPanel::showTaxon(int32_t taxon) {
    const bool valid = data_ && taxon >= 0 && taxon < data_->taxonomy.size();
    taxon_ = valid ? taxon : -1;
    breadcrumb_->setTaxon(data_.get(), taxon_);
    std::vector<int32_t> images;
    if (!valid) {
        title_->setText(data_ ? tr("Choose a taxon in the taxonomy") : tr("No dataset open"));
        facts_->clear();
        hint_->setText(
            tr("Select a species in the taxonomy, the long-tail plot or a split-check "
               "finding to see its images."));
    } else {
        const taxa::TaxonNode& node = data_->taxonomy.node(taxon_);
        const QString name = QString::fromStdString(node.name).toHtmlEscaped();
        const QString rank = rankLabel(data_->taxonomy, static_cast<int>(node.rank));
        const int64_t train = node.images[static_cast<size_t>(taxa::Split::Train)];
        const int64_t val = node.images[static_cast<size_t>(taxa::Split::Val)];
        if (node.classIndex >= 0) {
            const int32_t c = node.classIndex;
            const auto& tax = data_->taxonomy;
            const auto edges = taxa::defaultBucketEdges();
            const int b = taxa::bucketOf(train, edges);
            const QLocale locale;
            title_->setText(QStringLiteral("<i>%1</i>").arg(name));
            QString facts =
                tr("%1 \u00b7 %2 training images \u00b7 %3 validation images \u00b7 rank %4 of "
                   "%5 species by training images")
                    .arg(QString::fromStdString(
                             tax.supercategories()[static_cast<size_t>(tax.supercategoryOf(c))]),
                         locale.toString(static_cast<qlonglong>(train)),
                         locale.toString(static_cast<qlonglong>(val)),
                         locale.toString(data_->trainRank[static_cast<size_t>(c)] + 1),
                         locale.toString(tax.classCount()));
            if (b >= 0)
                facts += tr(" \u00b7 bucket %1\u2013%2")
                             .arg(locale.toString(static_cast<qlonglong>(edges[b])),
                                  locale.toString(static_cast<qlonglong>(edges[b + 1] - 1)));
            facts_->setText(facts);
            const ImageRange range = data_->imagesOf(c);
            images.assign(range.begin(), range.end());
            if (images.empty()) hint_->setText(tr("This species has no train or val images."));
        } else {
            title_->setText(tr("%1 <span style=\"color:gray\">(%2)</span>").arg(name, rank));
            facts_->setText(countsText(node.species, train, val));
            hint_->setText(tr("Select a species to see its images."));
        }
    }
    split_->setVisible(!images.empty());
    hint_->setVisible(images.empty());
    thumbnails_->setImages(data_, std::move(images));
    if (thumbnails_->rowCount() > 0)
        grid_->setCurrentIndex(thumbnails_->index(0));
    else
        viewer_->showImage(-1);
    grid_->scrollToTop();
    visibleTimer_->start();
}

void SpeciesPanel::showSupercategory(int index) {
    showTaxon(-1);
    if (!data_ || index < 0 || index >= static_cast<int>(data_->stats.supercategories.size()))
        return;
    // stats.supercategories and taxonomy.supercategories() share their order.
    const auto& row = data_->stats.supercategories[static_cast<size_t>(index)];
    title_->setText(tr("%1 <span style=\"color:gray\">(supercategory)</span>")
                        .arg(QString::fromStdString(row.name).toHtmlEscaped()));
    facts_->setText(countsText(static_cast<int>(row.classes), row.train, row.val));
    hint_->setText(tr("Select a species to see its images."));
}

void SpeciesPanel::showImage(int32_t imageIndex) {
    if (!data_ || imageIndex < 0 || static_cast<size_t>(imageIndex) >= data_->dataset.images.size())
        return;
    const int32_t label = data_->dataset.images[static_cast<size_t>(imageIndex)].label;
    if (label < 0) return;
    const int32_t node = data_->taxonomy.speciesNode(label);
    if (node != taxon_) showTaxon(node);
    const int row = thumbnails_->rowOfImage(imageIndex);
    if (row < 0) return;
    grid_->setCurrentIndex(thumbnails_->index(row));
    grid_->scrollTo(thumbnails_->index(row));
}

bool SpeciesPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == grid_->viewport() && event->type() == QEvent::Resize) visibleTimer_->start();
    return QWidget::eventFilter(watched, event);
}

void SpeciesPanel::reportVisibleRows() {
    const QRect view = grid_->viewport()->rect();
    int first = -1, last = -1;
    for (int row = 0; row < thumbnails_->rowCount(); ++row) {
        if (!grid_->visualRect(thumbnails_->index(row)).intersects(view)) {
            if (first >= 0) break;  // cells are laid out in row order: past the visible ones
            continue;
        }
        if (first < 0) first = row;
        last = row;
    }
    thumbnails_->setVisibleRows(first, last);
}
