#include "views/analysis/SaliencyOverlay.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "jobs/SaliencyJob.h"
#include "workers/BackgroundJob.h"

namespace {

// Evidence from transparent dark red through red to opaque yellow: where nothing speaks for
// the class the photo shows through unchanged.
QImage colourMap(const taxa::SaliencyMap& map) {
    QImage image(map.width, map.height, QImage::Format_ARGB32);
    for (int y = 0; y < map.height; ++y)
        for (int x = 0; x < map.width; ++x) {
            const float v = map.values[size_t(y) * size_t(map.width) + size_t(x)];
            const int green = static_cast<int>(255 * std::clamp(2 * v - 1, 0.0f, 1.0f));
            const int alpha = static_cast<int>(255 * std::clamp(1.5f * v, 0.0f, 1.0f));
            image.setPixelColor(x, y, QColor(255, green, 0, alpha));
        }
    return map.flipped ? image.mirrored(true, false) : image;
}

}  // namespace

SaliencyOverlay::SaliencyOverlay(QWidget* parent)
    : QWidget(parent),
      job_(new BackgroundJob(this)),
      mode_(new QComboBox(this)),
      opacity_(new QSlider(Qt::Horizontal, this)),
      note_(new QLabel(this)) {
    mode_->addItem(tr("No overlay"), Off);
    mode_->addItem(tr("Why the guess, not the label"), Contrast);
    mode_->addItem(tr("Evidence for the guess"), Guess);
    mode_->setToolTip(
        tr("Where in the photo the model found evidence (gradient \u00d7 activation at its "
           "last convolutional stage); computed by the ML engine when chosen"));
    opacity_->setRange(0, 100);
    opacity_->setValue(60);
    opacity_->setToolTip(tr("Opacity of the overlay"));
    note_->setWordWrap(true);
    note_->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mode_);
    auto* opacityRow = new QHBoxLayout;
    opacityRow->addWidget(new QLabel(tr("Opacity"), this));
    opacityRow->addWidget(opacity_, 1);
    layout->addLayout(opacityRow);
    layout->addWidget(note_);

    connect(mode_, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(opacity_, &QSlider::valueChanged, this, &SaliencyOverlay::changed);
    refresh();
}

void SaliencyOverlay::setResult(std::shared_ptr<const LoadedDataset> data,
                                std::shared_ptr<const AnalysisResult> result) {
    data_ = std::move(data);
    result_ = std::move(result);
    image_ = guess_ = other_ = -1;
    mode_->setEnabled(result_ && !result_->checkpoint.isEmpty());
    refresh();
}

void SaliencyOverlay::setImage(int32_t image, int32_t guess, int32_t other) {
    image_ = image;
    guess_ = guess;
    other_ = other;
    refresh();
}

void SaliencyOverlay::setMode(Mode mode) {
    mode_->setCurrentIndex(mode_->findData(mode));
}

SaliencyOverlay::Mode SaliencyOverlay::mode() const {
    return static_cast<Mode>(mode_->currentData().toInt());
}

void SaliencyOverlay::setOpacity(int percent) {
    opacity_->setValue(percent);
}

QString SaliencyOverlay::note() const {
    return note_->text();
}

bool SaliencyOverlay::busy() const {
    return job_->isRunning();
}

SaliencyOverlay::Request SaliencyOverlay::wanted() const {
    if (mode() == Off || image_ < 0 || guess_ < 0 || !result_ || result_->checkpoint.isEmpty())
        return {};
    return {image_, guess_, mode() == Contrast ? other_ : -1};
}

void SaliencyOverlay::refresh() {
    const Request w = wanted();
    if (w.image < 0) {
        map_.reset();
        shown_ = {};
        failed_ = false;
        note_->setText(explanation());
        emit changed();
        return;
    }
    if (shown_ == w && (map_ || failed_)) return;  // done, or failed: no retry loop
    if (job_->isRunning()) return;                 // finished() comes back here
    map_.reset();
    emit changed();
    computing_ = w;
    pending_ = std::make_shared<std::optional<taxa::SaliencyMap>>();
    note_->setText(tr("Finding where the evidence lies..."));
    job_->start(SaliencyJob::compute(data_, result_->checkpoint, w.image, w.a, w.b, pending_),
                [this](BackgroundJob::Outcome outcome, const QString& message) {
                    using Outcome = BackgroundJob::Outcome;
                    if (outcome == Outcome::Succeeded)
                        finished(computing_, *pending_, {});
                    else
                        finished(computing_, std::nullopt,
                                 outcome == Outcome::Failed ? message : tr("Cancelled"));
                });
}

void SaliencyOverlay::finished(const Request& done, const std::optional<taxa::SaliencyMap>& map,
                               const QString& error) {
    if (done == wanted()) {
        map_ = map;
        shown_ = done;
        failed_ = !map;
        heat_ = map ? colourMap(*map) : QImage();
        note_->setText(error.isEmpty() ? explanation() : error);
        emit changed();
    }
    refresh();  // the person may have moved on meanwhile
}

QString SaliencyOverlay::explanation() const {
    if (result_ && result_->checkpoint.isEmpty())
        return tr(
            "No checkpoint is known for these predictions (opened from a file outside a "
            "run folder): the overlay needs the model");
    if (mode() == Off || !map_ || !data_) return {};
    const auto name = [&](int32_t c) {
        return QString::fromStdString(data_->dataset.categories[size_t(c)].name);
    };
    const QLocale locale;
    if (map_->classB < 0)
        return tr("Yellow: where the evidence for %1 lies (logit %2)")
            .arg(name(map_->classA), locale.toString(map_->logitA, 'f', 2));
    return tr("Yellow: where the evidence for %1 over %2 lies (logits %3 and %4)")
        .arg(name(map_->classA), name(map_->classB), locale.toString(map_->logitA, 'f', 2),
             locale.toString(map_->logitB, 'f', 2));
}

QPixmap SaliencyOverlay::compose(const QPixmap& photo) const {
    if (!map_ || heat_.isNull() || photo.isNull() || map_->sourceWidth <= 0) return photo;
    const double sx = double(photo.width()) / map_->sourceWidth;
    const double sy = double(photo.height()) / map_->sourceHeight;
    // A photo shown rotated (EXIF orientation) does not match the decoder's frame.
    if (std::abs(sx - sy) > 0.03 * std::max(sx, sy)) return photo;
    QPixmap out = photo;
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF box(map_->boxX * sx, map_->boxY * sy, map_->boxWidth * sx, map_->boxHeight * sy);
    p.setOpacity(opacity_->value() / 100.0);
    p.drawImage(box, heat_);
    p.setOpacity(0.8);  // the crop the model saw
    p.setPen(QPen(Qt::white, 1, Qt::DashLine));
    p.drawRect(box.adjusted(0, 0, -1, -1));
    return out;
}
