#pragma once
/// @file ThumbnailLoader.h
/// @brief Decodes image files into small pixmaps on worker threads, with an LRU cache.

#include <QCache>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <vector>

#include "workers/ThumbnailQueue.h"

/// @brief Asynchronous, cached image decoding for views.
///
/// Views ask for what they paint (request()); files (regular files only: a FIFO or a device is
/// a failed image, never a blocked thread) are decoded with QImageReader's scaled
/// decoding on the loader's own threads into QImages, which return to the GUI thread in
/// batches (one ready() per batch) and become QPixmaps there. retainOnly() drops requests for
/// images that scrolled out of sight before their turn. The destructor drops what is pending
/// and waits for the decodes in progress, so no worker outlives the loader.
class ThumbnailLoader : public QObject {
    Q_OBJECT

  public:
    /// @brief Thumbnails fit in @p side x @p side pixels; @p cacheBytes bounds the LRU cache.
    explicit ThumbnailLoader(int side, qint64 cacheBytes = 96ll << 20, QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    int side() const { return side_; }
    /// @brief The cached pixmap of @p path (refreshing its place in the LRU order), or nullptr.
    const QPixmap* cached(const QString& path) const;
    /// @brief The full size of a decoded file (before scaling), or an invalid size if it is
    /// not decoded; views draw boxes given in the file's pixels with it.
    QSize sourceSize(const QString& path) const;
    /// @brief True if @p path could not be read (missing, corrupt or not an image).
    bool failed(const QString& path) const { return failed_.contains(path); }
    /// @brief Asks for @p path to be decoded unless it is cached, failed or already on its way.
    void request(const QString& path);
    /// @brief Forgets pending requests for paths outside @p paths.
    void retainOnly(const QSet<QString>& paths);
    /// @brief Forgets all pending requests.
    void cancelAll();

    /// @brief Decodes one file to fit in @p side x @p side; a null image if it cannot be read.
    /// @p source receives the file's own size. Thread-safe; used by the workers.
    static QImage decode(const QString& path, int side, QSize* source = nullptr);

    // Figures for tests and benchmarks.
    int pendingCount() const;
    int decodedCount() const { return decoded_.load(); }
    /// @brief Threads that have decoded images (never the GUI thread).
    QSet<Qt::HANDLE> decodeThreads() const;

  signals:
    /// @brief These paths are now cached or known to have failed.
    void ready(const QStringList& paths);

  private:
    struct Result {
        QString path;
        QImage image;
        QSize source;
    };
    void drain();
    void deliver();

    const int side_;
    QThreadPool pool_;
    mutable QMutex mutex_;  // guards everything below up to decoded_
    ThumbnailQueue queue_;
    std::vector<Result> results_;
    QSet<Qt::HANDLE> decodeThreads_;
    int runners_ = 0;
    bool deliverPosted_ = false;
    std::atomic<int> decoded_{0};
    // GUI thread only.
    mutable QCache<QString, QPixmap> cache_;
    QCache<QString, QSize> sources_{4096};
    QSet<QString> failed_;
};
