#include "workers/ThumbnailLoader.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QMutexLocker>
#include <QThread>
#include <algorithm>
#include <string>

#include "image/ImageFile.h"
#include "util/RegularFile.h"

ThumbnailLoader::ThumbnailLoader(int side, qint64 cacheBytes, QObject* parent)
    : QObject(parent), side_(side) {
    // Two decoders keep a grid filling quickly without starving the GUI thread of a core.
    pool_.setMaxThreadCount(std::clamp(QThread::idealThreadCount() - 1, 1, 2));
    pool_.setObjectName(QStringLiteral("thumbnails"));
    cache_.setMaxCost(static_cast<qsizetype>(std::max<qint64>(1, cacheBytes >> 10)));  // in KiB
}

ThumbnailLoader::~ThumbnailLoader() {
    {
        QMutexLocker lock(&mutex_);
        queue_.clear();
    }
    pool_.waitForDone();
}

const QPixmap* ThumbnailLoader::cached(const QString& path) const {
    return cache_.object(path);
}

void ThumbnailLoader::request(const QString& path) {
    if (path.isEmpty() || cache_.contains(path) || failed_.contains(path)) return;
    QMutexLocker lock(&mutex_);
    if (!queue_.push(path) || runners_ >= pool_.maxThreadCount()) return;
    ++runners_;
    pool_.start([this] { drain(); });
}

void ThumbnailLoader::retainOnly(const QSet<QString>& paths) {
    QMutexLocker lock(&mutex_);
    queue_.retainOnly(paths);
}

QSize ThumbnailLoader::sourceSize(const QString& path) const {
    const QSize* size = sources_.object(path);
    return size ? *size : QSize();
}

void ThumbnailLoader::cancelAll() {
    QMutexLocker lock(&mutex_);
    queue_.clear();
}

int ThumbnailLoader::pendingCount() const {
    QMutexLocker lock(&mutex_);
    return queue_.pendingCount();
}

QSet<Qt::HANDLE> ThumbnailLoader::decodeThreads() const {
    QMutexLocker lock(&mutex_);
    return decodeThreads_;
}

QImage ThumbnailLoader::decode(const QString& path, int side, QSize* source) {
    // Through the core's reader, which refuses a FIFO or a device named by an annotation file
    // at once: QImageReader would block a decoder thread in open() for good.
    std::string bytes;
    try {
        bytes =
            taxa::readRegularFile(QFile::encodeName(path).toStdString(), taxa::kMaxImageFileBytes);
    } catch (const taxa::Error&) {
        return {};
    }
    QByteArray data = QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size()));
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (source) *source = size;
    // Scaled decoding lets the JPEG decoder skip most of the work (DCT-domain downscale).
    if (size.isValid() && (size.width() > side || size.height() > side))
        reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) return {};
    if (image.width() > side || image.height() > side)  // formats without scaled decoding
        image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

void ThumbnailLoader::drain() {
    for (;;) {
        QString path;
        {
            QMutexLocker lock(&mutex_);
            auto next = queue_.takeNext();
            if (!next) {
                --runners_;  // under the lock, so request() never misses a sleeping runner
                return;
            }
            path = std::move(*next);
            decodeThreads_.insert(QThread::currentThreadId());
        }
        QSize source;
        QImage image = decode(path, side_, &source);
        ++decoded_;
        bool post = false;
        {
            QMutexLocker lock(&mutex_);
            queue_.finish(path);
            results_.push_back({std::move(path), std::move(image), source});
            post = !deliverPosted_;
            deliverPosted_ = true;
        }
        // One queued call per batch: results that arrive before the GUI thread runs it ride
        // along. The call is dropped if the loader is destroyed first.
        if (post) QMetaObject::invokeMethod(this, &ThumbnailLoader::deliver, Qt::QueuedConnection);
    }
}

void ThumbnailLoader::deliver() {
    std::vector<Result> batch;
    {
        QMutexLocker lock(&mutex_);
        batch.swap(results_);
        deliverPosted_ = false;
    }
    QStringList paths;
    paths.reserve(static_cast<qsizetype>(batch.size()));
    for (auto& r : batch) {
        if (r.image.isNull()) {
            failed_.insert(r.path);
        } else {
            auto* pixmap = new QPixmap(QPixmap::fromImage(std::move(r.image)));
            const qint64 kib = std::max<qint64>(1, pixmap->width() * pixmap->height() * 4 >> 10);
            cache_.insert(r.path, pixmap, static_cast<qsizetype>(kib));
            if (r.source.isValid()) sources_.insert(r.path, new QSize(r.source));
        }
        paths << r.path;
    }
    if (!paths.isEmpty()) emit ready(paths);
}
