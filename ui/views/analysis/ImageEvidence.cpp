#include "views/analysis/ImageEvidence.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "eval/ScoreModel.h"
#include "state/Formatting.h"
#include "views/analysis/SaliencyOverlay.h"
#include "views/analysis/ScoreBars.h"
#include "workers/ThumbnailLoader.h"

namespace {
constexpr int kZoom = 2;  ///< A click shows the photo this many times larger.
}  // namespace

ImageEvidence::ImageEvidence(int photoSide, QWidget* parent)
    : QWidget(parent),
      side_(photoSide),
      // Decoded once at the zoomed side: a click then needs no second decode.
      loader_(new ThumbnailLoader(kZoom * photoSide, 32ll << 20, this)),
      photo_(new QLabel(this)),
      overlay_(new SaliencyOverlay(this)),
      title_(new QLabel(this)),
      bars_(new ScoreBars(this)),
      stats_(new QLabel(this)),
      pair_(new QPushButton(tr("Open the Pair"), this)),
      open_(new QPushButton(tr("In Species View"), this)),
      photoColumn_(new QVBoxLayout),
      details_(new QVBoxLayout),
      rows_(new QVBoxLayout(this)) {
    photo_->setFixedSize(photoSide, photoSide);
    photo_->setAlignment(Qt::AlignCenter);
    photo_->setFrameShape(QFrame::StyledPanel);
    photo_->setCursor(Qt::PointingHandCursor);
    photo_->setToolTip(tr("Click to see the photo larger"));
    photo_->installEventFilter(this);
    title_->setTextFormat(Qt::RichText);
    title_->setWordWrap(true);
    stats_->setWordWrap(true);
    stats_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pair_->setToolTip(tr("The labelled species and the predicted one side by side"));
    open_->setToolTip(tr("The image in its species' view, with its metadata"));

    // The buttons under the photo, so that the details column stays short.
    photoColumn_->addWidget(photo_);
    overlay_->setMaximumWidth(std::max(photoSide, 220));
    photoColumn_->addWidget(overlay_);
    photoColumn_->addWidget(pair_);
    photoColumn_->addWidget(open_);
    photoColumn_->addStretch(1);
    details_->addWidget(title_);
    details_->addWidget(bars_);
    details_->addWidget(stats_);
    details_->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addLayout(photoColumn_);
    top->addLayout(details_, 1);
    rows_->setContentsMargins(0, 0, 0, 0);
    rows_->addLayout(top, 1);

    connect(loader_, &ThumbnailLoader::ready, this, [this](const QStringList& paths) {
        if (paths.contains(path_)) showPhoto();
    });
    connect(overlay_, &SaliencyOverlay::changed, this, &ImageEvidence::showPhoto);
    connect(pair_, &QPushButton::clicked, this, [this] {
        const int32_t row = result_ ? result_->rowOfImage(image_) : -1;
        if (row < 0) return;
        emit pairRequested(result_->truths[size_t(row)],
                           result_->predictions.rows[size_t(row)].classes.front());
    });
    connect(open_, &QPushButton::clicked, this, [this] {
        if (image_ >= 0) emit imageRequested(image_);
    });
    showImage(-1);
}

void ImageEvidence::setResult(std::shared_ptr<const LoadedDataset> data,
                              std::shared_ptr<const AnalysisResult> result) {
    data_ = std::move(data);
    result_ = std::move(result);
    overlay_->setResult(data_, result_);
    showImage(-1);
}

void ImageEvidence::setButtonsShown(bool pair, bool species) {
    pair_->setVisible(pair);
    open_->setVisible(species);
}

QString ImageEvidence::details() const {
    return title_->text() + QLatin1Char('\n') + stats_->text();
}

void ImageEvidence::addBesidePhoto(QWidget* widget, int stretch) {
    details_->insertWidget(details_->count() - 1, widget, stretch);  // above the stretch
}

int ImageEvidence::photoSide() const {
    return zoomed_ ? kZoom * side_ : side_;
}

void ImageEvidence::setZoomed(bool zoomed) {
    zoomed_ = zoomed;
    photo_->setFixedSize(photoSide(), photoSide());
    photo_->setToolTip(zoomed ? tr("Click to see the photo smaller")
                              : tr("Click to see the photo larger"));
    showPhoto();
}

bool ImageEvidence::eventFilter(QObject* watched, QEvent* event) {
    if (watched == photo_ && event->type() == QEvent::MouseButtonRelease && image_ >= 0)
        setZoomed(!zoomed_);
    return QWidget::eventFilter(watched, event);
}

void ImageEvidence::showPhoto() {
    if (const QPixmap* pixmap = loader_->cached(path_))
        photo_->setPixmap(overlay_->compose(*pixmap).scaled(
            photoSide(), photoSide(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        photo_->setText(loader_->failed(path_) ? tr("Cannot read the image") : tr("Loading..."));
}

void ImageEvidence::showImage(int32_t image) {
    const int32_t row = result_ && data_ ? result_->rowOfImage(image) : -1;
    image_ = row < 0 ? -1 : image;
    setEnabled(row >= 0);
    photo_->clear();
    bars_->setBars({});
    if (row < 0) {
        overlay_->setImage(-1, -1, -1);
        path_.clear();
        title_->setText(tr("Choose a val image to see what the model made of it"));
        stats_->clear();
        return;
    }
    const auto& cats = data_->dataset.categories;
    const taxa::Prediction& p = result_->predictions.rows[size_t(row)];
    const int32_t truth = result_->truths[size_t(row)];
    // Contrast the guess with the label, or with the second guess when it is right.
    const int32_t guess = p.classes.front();
    overlay_->setImage(image, guess,
                       guess != truth         ? truth
                       : p.classes.size() > 1 ? p.classes[1]
                                              : -1);
    path_ = QString::fromStdString(data_->imagePath(image));
    loader_->request(path_);
    showPhoto();

    auto name = [&](int32_t c) { return QString::fromStdString(cats[size_t(c)].name); };
    title_->setText(tr("<b>Val image %1</b>: labelled <b>%2</b>, predicted <b>%3</b>")
                        .arg(data_->dataset.images[size_t(image)].id)
                        .arg(name(truth).toHtmlEscaped(), name(p.classes.front()).toHtmlEscaped()));
    const int32_t classes = data_->taxonomy.classCount();
    QVector<ScoreBars::Bar> bars;
    bool labelShown = false;
    for (size_t i = 0; i < p.classes.size() && i < p.scores.size(); ++i) {
        bars.push_back({name(p.classes[i]), p.scores[i], p.classes[i] == truth, false});
        labelShown |= p.classes[i] == truth;
    }
    if (!labelShown && result_->hasScores)
        bars.push_back({name(truth), taxa::probabilityOf(p, truth, classes), true, true});
    bars_->setBars(bars);
    bars_->setVisible(result_->hasScores);
    stats_->setText(statsText(row));
}

QString ImageEvidence::statsText(int32_t row) const {
    const QLocale locale;
    if (!result_->hasScores) {
        QStringList guesses;
        for (int32_t c : result_->predictions.rows[size_t(row)].classes)
            guesses << QString::fromStdString(data_->dataset.categories[size_t(c)].name);
        return tr("These predictions carry no scores (a Kaggle CSV); its guesses: %1")
            .arg(guesses.join(QStringLiteral(", ")));
    }
    const taxa::ImageScore& s = result_->scores[size_t(row)];
    QString text =
        tr("Confidence %1 \u00b7 label %2 \u00b7 hardness %3 nats \u00b7 "
           "mistakenness %4")
            .arg(probabilityText(s.confidence), probabilityText(s.labelProbability),
                 locale.toString(s.hardness, 'f', 2), locale.toString(s.mistakenness, 'f', 3));
    const auto& errors = result_->labelErrors;
    const auto it = std::find(errors.begin(), errors.end(), row);
    if (it != errors.end())
        text += QLatin1Char('\n') + tr("Likely label error %1 of %2")
                                        .arg(locale.toString(int(it - errors.begin()) + 1),
                                             locale.toString(int(errors.size())));
    return text;
}
