#include "models/ThumbnailModel.h"

#include <QLocale>
#include <algorithm>

#include "workers/ThumbnailLoader.h"

ThumbnailModel::ThumbnailModel(ThumbnailLoader* loader, QObject* parent)
    : QAbstractListModel(parent), loader_(loader) {
    connect(loader_, &ThumbnailLoader::ready, this, &ThumbnailModel::thumbnailsReady);
}

void ThumbnailModel::setImages(std::shared_ptr<const LoadedDataset> data,
                               std::vector<int32_t> images) {
    beginResetModel();
    loader_->cancelAll();
    data_ = std::move(data);
    images_ = data_ ? std::move(images) : std::vector<int32_t>{};
    paths_.clear();
    rowOfPath_.clear();
    for (size_t row = 0; row < images_.size(); ++row) {
        const QString path = QString::fromStdString(data_->imagePath(images_[row]));
        rowOfPath_.insert(path, static_cast<int>(row));
        paths_ << path;
    }
    endResetModel();
}

void ThumbnailModel::setVisibleRows(int first, int last) {
    QSet<QString> keep;
    for (int row = std::max(0, first); row <= last && row < paths_.size(); ++row)
        keep.insert(paths_[row]);
    loader_->retainOnly(keep);
}

int ThumbnailModel::rowOfImage(int32_t imageIndex) const {
    const auto it = std::find(images_.begin(), images_.end(), imageIndex);
    return it == images_.end() ? -1 : static_cast<int>(it - images_.begin());
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(images_.size());
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const int32_t image = images_[static_cast<size_t>(index.row())];
    const QString& path = paths_[index.row()];
    const taxa::ImageRecord& im = data_->dataset.images[static_cast<size_t>(image)];
    switch (role) {
        case Qt::DisplayRole:
            return im.split == taxa::Split::Train ? tr("train") : tr("val");
        case Qt::DecorationRole:
            if (const QPixmap* pixmap = loader_->cached(path)) return *pixmap;
            // Only rows a view paints ask for their decoration, so this decodes what is seen.
            if (!loader_->failed(path)) loader_->request(path);
            return {};
        case Qt::ToolTipRole: {
            const auto holder = data_->dataset.rightsHolder(im);
            QString tip = tr("%1\n%2 x %3 px, image id %4")
                              .arg(QString::fromStdString(std::string(data_->dataset.fileName(im))))
                              .arg(im.width)
                              .arg(im.height)
                              .arg(im.id);
            if (!holder.empty())
                tip +=
                    QLatin1Char('\n') + tr("(c) %1").arg(QString::fromUtf8(
                                            holder.data(), static_cast<qsizetype>(holder.size())));
            return tip;
        }
        case ImageIndexRole:
            return image;
        case SplitRole:
            return static_cast<int>(im.split);
        case PathRole:
            return path;
        case StateRole:
            if (loader_->cached(path)) return Ready;
            return loader_->failed(path) ? Failed : Loading;
        default:
            return {};
    }
}

void ThumbnailModel::thumbnailsReady(const QStringList& paths) {
    // One dataChanged over the span of the batch rather than one per thumbnail.
    int first = INT_MAX, last = -1;
    for (const QString& p : paths) {
        const auto it = rowOfPath_.constFind(p);
        if (it == rowOfPath_.constEnd()) continue;
        first = std::min(first, it.value());
        last = std::max(last, it.value());
    }
    if (last >= 0) emit dataChanged(index(first), index(last), {Qt::DecorationRole, StateRole});
}
