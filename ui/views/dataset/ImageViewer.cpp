#include "views/dataset/ImageViewer.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>
#include <cmath>

#include "workers/ThumbnailLoader.h"

namespace {
constexpr int kViewSide = 1200;  ///< Decoded size: sharp on large screens, small in memory.
}

/// Paints a pixmap scaled to fit, or a message where there is none.
class ImageViewer::Canvas : public QWidget {
  public:
    using QWidget::QWidget;
    void setPixmap(const QPixmap& pixmap, const QString& message) {
        pixmap_ = pixmap;
        message_ = message;
        update();
    }
    /// A box in the file's pixels, and the file's size to place it; an empty box for none.
    void setBox(const QRectF& box, const QSize& source) {
        box_ = box;
        source_ = source;
        update();
    }
    const QPixmap& pixmap() const { return pixmap_; }

    QRect imageRect() const {
        const QSize size = pixmap_.size().scaled(this->size() - QSize(8, 8), Qt::KeepAspectRatio);
        QRect target(QPoint(0, 0), size);
        target.moveCenter(rect().center());
        return target;
    }
    QRect boxRect() const {
        if (pixmap_.isNull() || box_.isEmpty() || !source_.isValid()) return {};
        const QRect target = imageRect();
        const double sx = double(target.width()) / source_.width();
        const double sy = double(target.height()) / source_.height();
        return QRectF(target.left() + box_.left() * sx, target.top() + box_.top() * sy,
                      box_.width() * sx, box_.height() * sy)
            .toAlignedRect()
            .intersected(target);
    }

  protected:
    void paintEvent(QPaintEvent*) override {
        // No dark backdrop: letterboxing an image in black bands wastes the panel's light.
        QPainter p(this);
        if (pixmap_.isNull()) {
            p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
            p.drawRect(rect().adjusted(4, 4, -5, -5));
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                       message_);
            return;
        }
        // Scale up small images too: demo and test images are small, and a viewer that shows
        // them as stamps in a big dark area helps no one.
        const QRect target = imageRect();
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawPixmap(target, pixmap_);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(target.adjusted(0, 0, -1, -1));
        const QRect box = boxRect();
        if (box.isEmpty()) return;
        // A dark outline under a bright one reads on light and dark photos alike.
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0, 0, 0, 160), 4));
        p.drawRect(box);
        p.setPen(QPen(QColor(255, 214, 0), 2));
        p.drawRect(box);
    }

  private:
    QPixmap pixmap_;
    QString message_;
    QRectF box_;
    QSize source_;
};

ImageViewer::ImageViewer(QWidget* parent)
    : QWidget(parent),
      loader_(new ThumbnailLoader(kViewSide, 64ll << 20, this)),
      canvas_(new Canvas(this)),
      form_(new QFormLayout) {
    canvas_->setMinimumSize(160, 120);
    canvas_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto make = [this](const QString& label) {
        auto* value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form_->addRow(label, value);
        return value;
    };
    file_ = make(tr("File"));
    split_ = make(tr("Split"));
    species_ = make(tr("Species"));
    size_ = make(tr("Size"));
    holder_ = make(tr("Rights holder"));
    location_ = make(tr("Location"));
    date_ = make(tr("Date"));
    observer_ = make(tr("Observer"));
    box_ = make(tr("Bounding box"));
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(canvas_, 1);
    layout->addLayout(form_);
    connect(loader_, &ThumbnailLoader::ready, this, [this](const QStringList& paths) {
        if (paths.contains(path_)) updatePixmap();
    });
    showImage(-1);
}

void ImageViewer::setDataset(std::shared_ptr<const LoadedDataset> data) {
    data_ = std::move(data);
    showImage(-1);
}

void ImageViewer::setField(QLabel* value, const QString& text) {
    value->setText(text);
    form_->setRowVisible(value, !text.isEmpty());
}

QString ImageViewer::field(const QString& label) const {
    for (int row = 0; row < form_->rowCount(); ++row) {
        auto* name = qobject_cast<QLabel*>(form_->itemAt(row, QFormLayout::LabelRole)->widget());
        auto* value = qobject_cast<QLabel*>(form_->itemAt(row, QFormLayout::FieldRole)->widget());
        if (name && value && name->text() == label && !value->isHidden()) return value->text();
    }
    return {};
}

void ImageViewer::showImage(int32_t imageIndex) {
    const bool valid =
        data_ && imageIndex >= 0 && static_cast<size_t>(imageIndex) < data_->dataset.images.size();
    image_ = valid ? imageIndex : -1;
    loader_->cancelAll();
    if (!valid) {
        path_.clear();
        canvas_->setPixmap({}, tr("Select an image to view it here."));
        for (QLabel* l :
             {file_, split_, species_, size_, holder_, location_, date_, observer_, box_})
            setField(l, {});
        return;
    }
    const taxa::Dataset& ds = data_->dataset;
    const taxa::ImageRecord& im = ds.images[static_cast<size_t>(imageIndex)];
    const QLocale locale;
    path_ = QString::fromStdString(data_->imagePath(imageIndex));
    setField(file_, QString::fromStdString(std::string(ds.fileName(im))));
    setField(split_,
             tr("%1 (image id %2)").arg(QString::fromUtf8(taxa::splitName(im.split))).arg(im.id));
    setField(species_, im.label >= 0
                           ? QString::fromStdString(
                                 data_->taxonomy.node(data_->taxonomy.speciesNode(im.label)).name)
                           : tr("unlabelled"));
    setField(
        size_,
        im.width > 0
            ? tr("%1 \u00d7 %2 pixels").arg(locale.toString(im.width), locale.toString(im.height))
            : QString());
    const auto holder = ds.rightsHolder(im);
    setField(holder_, QString::fromUtf8(holder.data(), static_cast<qsizetype>(holder.size())));
    const taxa::Location* where = ds.location(im);
    QString place, date, observer;
    if (where) {
        if (std::isfinite(where->lat) && std::isfinite(where->lon))
            place = tr("%1\u00b0 %2, %3\u00b0 %4")
                        .arg(locale.toString(std::abs(where->lat), 'f', 4),
                             where->lat >= 0 ? tr("N") : tr("S"),
                             locale.toString(std::abs(where->lon), 'f', 4),
                             where->lon >= 0 ? tr("E") : tr("W"));
        date = QString::fromStdString(where->date);
        if (where->userId >= 0) observer = tr("user %1").arg(where->userId);
    }
    setField(location_, place);
    setField(date_, date);
    setField(observer_, observer);
    const taxa::BoundingBox* box = ds.box(static_cast<size_t>(imageIndex));
    setField(box_, box ? tr("%1 \u00d7 %2 at %3, %4")
                             .arg(locale.toString(box->width, 'f', 0),
                                  locale.toString(box->height, 'f', 0),
                                  locale.toString(box->x, 'f', 0), locale.toString(box->y, 'f', 0))
                       : QString());
    if (!loader_->cached(path_) && !loader_->failed(path_)) loader_->request(path_);
    updatePixmap();
}

QRect ImageViewer::drawnImage() const {
    return canvas_->pixmap().isNull() ? QRect() : canvas_->imageRect();
}

QRect ImageViewer::drawnBox() const {
    return canvas_->boxRect();
}

void ImageViewer::updatePixmap() {
    // The box is in the file's pixels: place it by the file's size, from the dataset when it
    // gives one (NABirds' sizes.txt), else as the decoder found it (CUB).
    const taxa::BoundingBox* box =
        image_ >= 0 ? data_->dataset.box(static_cast<size_t>(image_)) : nullptr;
    if (box) {
        const taxa::ImageRecord& im = data_->dataset.images[static_cast<size_t>(image_)];
        const QSize source = im.width > 0 ? QSize(im.width, im.height) : loader_->sourceSize(path_);
        canvas_->setBox(QRectF(box->x, box->y, box->width, box->height), source);
    } else {
        canvas_->setBox({}, {});
    }
    if (const QPixmap* pixmap = loader_->cached(path_))
        canvas_->setPixmap(*pixmap, {});
    else if (loader_->failed(path_))
        canvas_->setPixmap({}, tr("Cannot read this image file:\n%1").arg(path_));
    else
        canvas_->setPixmap({}, tr("Loading\u2026"));
}
