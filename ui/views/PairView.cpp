#include "views/PairView.h"

#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>

#include "models/ThumbnailModel.h"
#include "views/PairRanges.h"
#include "views/ThumbnailDelegate.h"
#include "views/WorldMap.h"
#include "workers/ThumbnailLoader.h"

namespace {
constexpr int kThumbSide = 84;
constexpr size_t kMaxTrain = 24;  ///< Enough to see what a species looks like.
}  // namespace

PairView::PairView(QWidget* parent)
    : QWidget(parent),
      loader_(new ThumbnailLoader(kThumbSide, 48ll << 20, this)),
      hint_(new QLabel(this)),
      map_(new WorldMap(this)) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    hint_->setAlignment(Qt::AlignCenter);
    hint_->setForegroundRole(QPalette::PlaceholderText);
    hint_->setWordWrap(true);
    grid->addWidget(hint_, 0, 0, 1, 2);
    for (int side = 0; side < 2; ++side) {
        titles_[side] = new QLabel(this);
        titles_[side]->setWordWrap(true);
        titles_[side]->setTextFormat(Qt::RichText);
        grid->addWidget(titles_[side], 1, side);
    }
    for (int i = 0; i < 4; ++i) {
        models_[i] = new ThumbnailModel(loader_, this);
        views_[i] = new QListView(this);
        QListView* v = views_[i];
        v->setModel(models_[i]);
        v->setItemDelegate(new ThumbnailDelegate(kThumbSide, v));
        v->setViewMode(QListView::IconMode);
        v->setResizeMode(QListView::Adjust);
        v->setMovement(QListView::Static);
        v->setUniformItemSizes(true);
        v->setSpacing(2);
        v->setMinimumHeight(kThumbSide + 50);
        captions_[i] = new QLabel(this);
        captions_[i]->setTextFormat(Qt::PlainText);
        captions_[i]->setWordWrap(true);  // long species names must not widen the window
        const int side = i / 2, row = 2 + 2 * (i % 2);
        grid->addWidget(captions_[i], row, side);
        grid->addWidget(v, row + 1, side);
        grid->setRowStretch(row + 1, 1);
        connect(v, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
            emit imageRequested(index.data(ThumbnailModel::ImageIndexRole).toInt());
        });
    }
    // Where both live, under the images: a mistake far from the other's range is one a
    // geographic prior can undo.
    map_->setMinimumHeight(170);
    grid->addWidget(map_, 6, 0, 1, 2);
    grid->setRowStretch(6, 2);
    showPair(-1, -1);
}

void PairView::setResult(std::shared_ptr<const LoadedDataset> data,
                         std::shared_ptr<const AnalysisResult> result) {
    data_ = std::move(data);
    result_ = std::move(result);
    showPair(-1, -1);
}

std::vector<int32_t> PairView::trainImages(int32_t c) const {
    std::vector<int32_t> out;
    for (int32_t image : data_->imagesOf(c)) {
        if (data_->dataset.images[static_cast<size_t>(image)].split != taxa::Split::Train) break;
        out.push_back(image);
        if (out.size() >= kMaxTrain) break;
    }
    return out;
}

void PairView::showPair(int32_t a, int32_t b) {
    const int classes = data_ ? data_->taxonomy.classCount() : 0;
    const bool valid = result_ && a >= 0 && b >= 0 && a < classes && b < classes;
    a_ = valid ? a : -1;
    b_ = valid ? b : -1;
    hint_->setVisible(!valid);
    hint_->setText(tr("Choose a pair of species to see them side by side"));
    for (int i = 0; i < 4; ++i) {
        views_[i]->setVisible(valid);
        captions_[i]->setVisible(valid);
    }
    for (QLabel* t : titles_)
        t->setVisible(valid);
    map_->setVisible(valid);
    if (!valid) {
        for (ThumbnailModel* m : models_)
            m->setImages(nullptr, {});
        return;
    }
    const QLocale locale;
    const int32_t cls[2] = {a_, b_};
    for (int side = 0; side < 2; ++side) {
        const int32_t c = cls[side], other = cls[1 - side];
        const auto& cat = data_->dataset.categories[static_cast<size_t>(c)];
        const auto& oc = data_->dataset.categories[static_cast<size_t>(other)];
        const taxa::ClassResult& r = result_->report.perClass[static_cast<size_t>(c)];
        titles_[side]->setText(tr("<b>%1</b><br>%2 \u00b7 %3 training images \u00b7 val top-1 %4%")
                                   .arg(QString::fromStdString(cat.name).toHtmlEscaped(),
                                        QString::fromStdString(cat.supercategory).toHtmlEscaped(),
                                        locale.toString(static_cast<qlonglong>(
                                            data_->trainCounts[static_cast<size_t>(c)])),
                                        locale.toString(100 * r.accuracy(), 'f', 0)));
        const std::vector<int32_t> train = trainImages(c);
        const std::vector<int32_t> wrong = result_->mistakenAs(c, other);
        captions_[2 * side]->setText(tr("Training images (%1 shown)").arg(train.size()));
        captions_[2 * side + 1]->setText(tr("Val images taken for %1: %2")
                                             .arg(QString::fromStdString(oc.name))
                                             .arg(wrong.size()));
        models_[2 * side]->setImages(data_, train);
        models_[2 * side + 1]->setImages(data_, wrong);
    }
    map_->setScene(
        pairRanges(*data_, a_, b_, result_->mistakenAs(a_, b_), result_->mistakenAs(b_, a_)));
}
