#include "views/analysis/PairView.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>

#include "models/ThumbnailModel.h"
#include "views/analysis/ImageEvidence.h"
#include "views/analysis/LookAlikesView.h"
#include "views/analysis/PairRanges.h"
#include "views/analysis/SaliencyOverlay.h"
#include "views/dataset/ThumbnailDelegate.h"
#include "views/maps/WorldMap.h"
#include "workers/ThumbnailLoader.h"

namespace {
constexpr int kThumbSide = 84;
constexpr size_t kMaxTrain = 24;  ///< Enough to see what a species looks like.
// The photo the analysis is about is the largest thing in the view (384 px, 768 on a click);
// the map and the look-alikes support it.
constexpr int kEvidenceSide = 384;
constexpr int kMapHeight = 220;
}  // namespace

PairView::PairView(QWidget* parent)
    : QWidget(parent),
      loader_(new ThumbnailLoader(kThumbSide, 48ll << 20, this)),
      hint_(new QLabel(this)),
      orderBar_(new QWidget(this)),
      order_(new QComboBox(orderBar_)),
      evidence_(new ImageEvidence(kEvidenceSide, this)),
      lookAlikes_(new LookAlikesView(loader_, kThumbSide, this)),
      map_(new WorldMap(this)) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    hint_->setAlignment(Qt::AlignCenter);
    hint_->setForegroundRole(QPalette::PlaceholderText);
    hint_->setWordWrap(true);
    grid->addWidget(hint_, 0, 0, 1, 2);
    order_->addItem(tr("most likely label errors first"), int(ImageOrder::Mistakenness));
    order_->addItem(tr("hardest first"), int(ImageOrder::Hardness));
    order_->addItem(tr("file order"), int(ImageOrder::Dataset));
    auto* orderRow = new QHBoxLayout(orderBar_);
    orderRow->setContentsMargins(0, 0, 0, 0);
    orderRow->addStretch(1);
    orderRow->addWidget(new QLabel(tr("Val images:"), orderBar_));
    orderRow->addWidget(order_);
    grid->addWidget(orderBar_, 0, 0, 1, 2);
    connect(order_, &QComboBox::currentIndexChanged, this, [this] { showPair(a_, b_); });
    // The pair is on screen, and a double-click on the thumbnail opens the species view: the
    // image pane needs no buttons, and stays short.
    evidence_->setButtonsShown(false, false);
    connect(evidence_, &ImageEvidence::imageRequested, this, &PairView::imageRequested);
    connect(lookAlikes_, &LookAlikesView::imageRequested, this, &PairView::imageRequested);
    for (int side = 0; side < 2; ++side) {
        titles_[side] = new QLabel(this);
        titles_[side]->setWordWrap(true);
        titles_[side]->setTextFormat(Qt::RichText);
        grid->addWidget(titles_[side], 1, side);
    }
    for (int i = 0; i < 4; ++i) {
        models_[i] = new ThumbnailModel(loader_, this);
        views_[i] = thumbnailGrid(models_[i], kThumbSide, this);
        QListView* v = views_[i];
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
        if (i % 2)  // the val grids: a click shows what the model made of the image
            connect(v, &QListView::clicked, this, [this](const QModelIndex& index) {
                chooseImage(index.data(ThumbnailModel::ImageIndexRole).toInt());
            });
    }
    // Under the images: the chosen val image with its scores, and under the scores where both
    // species live (a mistake far from the other's range is one a geographic prior can undo).
    map_->setMinimumHeight(kMapHeight);
    map_->setMaximumHeight(kMapHeight);
    evidence_->addBesidePhoto(map_);
    grid->addWidget(evidence_, 6, 0, 1, 2);
    grid->setRowStretch(6, 2);
    // Under both: the image's look-alikes among the training images, the width of the pair.
    grid->addWidget(lookAlikes_, 7, 0, 1, 2);
    grid->setRowStretch(7, 1);
    showPair(-1, -1);
}

void PairView::setResult(std::shared_ptr<const LoadedDataset> data,
                         std::shared_ptr<const AnalysisResult> result) {
    data_ = std::move(data);
    result_ = std::move(result);
    evidence_->setResult(data_, result_);
    lookAlikes_->setResult(data_, result_);
    // Scores order the images only where the predictions carry them.
    order_->setEnabled(result_ && result_->hasScores);
    showPair(-1, -1);
}

void PairView::setImageOrder(ImageOrder order) {
    order_->setCurrentIndex(order_->findData(int(order)));
}

ImageOrder PairView::imageOrder() const {
    return static_cast<ImageOrder>(order_->currentData().toInt());
}

void PairView::chooseImage(int32_t image) {
    evidence_->showImage(evidenceShown_ ? image : -1);
    evidence_->setVisible(evidence_->image() >= 0);
    lookAlikes_->setVisible(evidence_->image() >= 0);
    lookAlikes_->setImage(evidence_->image());
}

void PairView::setEvidenceShown(bool shown) {
    evidenceShown_ = shown;
    if (!shown) chooseImage(-1);
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
    orderBar_->setVisible(valid);
    lookAlikes_->setPair(a_, b_);
    chooseImage(-1);
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
        std::vector<int32_t> wrong = result_->mistakenAs(c, other);
        result_->sortImages(wrong, imageOrder());
        captions_[2 * side]->setText(tr("Training images (%1 shown)").arg(train.size()));
        captions_[2 * side + 1]->setText(tr("Val images taken for %1: %2")
                                             .arg(QString::fromStdString(oc.name))
                                             .arg(wrong.size()));
        models_[2 * side]->setImages(data_, train);
        models_[2 * side + 1]->setImages(data_, wrong);
    }
    // The first mistaken val image (A's, else B's) is on show with its scores at once.
    for (int i : {1, 3})
        if (models_[i]->rowCount() > 0) {
            views_[i]->setCurrentIndex(models_[i]->index(0));
            chooseImage(models_[i]->index(0).data(ThumbnailModel::ImageIndexRole).toInt());
            break;
        }
    map_->setScene(
        pairRanges(*data_, a_, b_, result_->mistakenAs(a_, b_), result_->mistakenAs(b_, a_)));
}

void PairView::showWhy() {
    evidence_->overlay()->setMode(SaliencyOverlay::Contrast);
}
