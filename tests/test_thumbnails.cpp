// Thumbnail decoding: the queue's bookkeeping, the loader's threads, cache and placeholders,
// and the model asking only for what a view paints.

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include "FifoFixture.h"
#include "TaxonomyFixture.h"
#include "models/ThumbnailModel.h"
#include "views/dataset/ThumbnailDelegate.h"
#include "workers/ThumbnailLoader.h"
#include "workers/ThumbnailQueue.h"

namespace {

QString writeJpeg(const QString& path, int w, int h, QColor color) {
    QDir().mkpath(QFileInfo(path).path());
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(color);
    if (!image.save(path, "JPG")) qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

}  // namespace

class TestThumbnails : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

  private slots:
    void queueIsNewestFirstAndDropsStale() {
        ThumbnailQueue q;
        QVERIFY(q.push("a"));
        QVERIFY(q.push("b"));
        QVERIFY(q.push("c"));
        QVERIFY(q.push("a"));  // asked again: now the most urgent
        QCOMPARE(q.pendingCount(), 3);
        QCOMPARE(*q.takeNext(), QString("a"));
        QVERIFY(q.isInFlight("a"));
        QVERIFY(!q.push("a"));  // on its way already
        q.retainOnly({"b", "x"});
        QCOMPARE(q.pendingCount(), 1);
        QCOMPARE(*q.takeNext(), QString("b"));
        QVERIFY(!q.takeNext());
        q.finish("a");
        q.finish("b");
        QCOMPARE(q.inFlightCount(), 0);
        for (int i = 0; i < 500; ++i)  // many re-requests: stale entries must not pile up
            q.push(QString::number(i % 7));
        QCOMPARE(q.pendingCount(), 7);
        q.clear();
        QVERIFY(!q.takeNext());
    }

    void loaderDecodesOffTheGuiThread() {
        const QString good = writeJpeg(dir_.filePath("good.jpg"), 300, 200, Qt::red);
        const QString tall = writeJpeg(dir_.filePath("tall.jpg"), 20, 40, Qt::blue);
        const QString corrupt = writeFile(dir_.filePath("corrupt.jpg"), "\xff\xd8 not a jpeg");
        const QString missing = dir_.filePath("missing.jpg");
        // A FIFO named by an annotation file blocked a decoder thread in open() (issue 13).
        const QString fifo = dir_.filePath("fifo.jpg");
        QVERIFY(fixtures::makeFifo(fifo.toStdString()));
        QImage fromFifo(1, 1, QImage::Format_RGB32);
        QVERIFY(fixtures::finishesWithin(10, fifo.toStdString(),
                                         [&] { fromFifo = ThumbnailLoader::decode(fifo, 64); }));
        QVERIFY(fromFifo.isNull());
        ThumbnailLoader loader(64);
        QSignalSpy ready(&loader, &ThumbnailLoader::ready);
        QStringList arrived;
        connect(&loader, &ThumbnailLoader::ready, this,
                [&](const QStringList& paths) { arrived << paths; });
        for (const QString& p : {good, tall, corrupt, missing})
            loader.request(p);
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 4, 10000);
        QVERIFY(ready.count() <= 4);  // batched: never more than one signal per image
        QVERIFY(loader.cached(good));
        QCOMPARE(loader.cached(good)->size(), QSize(64, 42));  // 300 x 200 scaled to fit 64
        QCOMPARE(loader.cached(tall)->size(), QSize(20, 40));  // small images are not enlarged
        QVERIFY(!loader.cached(corrupt) && loader.failed(corrupt));
        QVERIFY(!loader.cached(missing) && loader.failed(missing));
        const QSet<Qt::HANDLE> threads = loader.decodeThreads();
        QVERIFY(!threads.isEmpty());
        QVERIFY(!threads.contains(QThread::currentThreadId()));
        // Cached and failed paths are not decoded again.
        const int decoded = loader.decodedCount();
        for (const QString& p : {good, corrupt})
            loader.request(p);
        QTest::qWait(50);
        QCOMPARE(loader.decodedCount(), decoded);
    }

    void cacheEvictsLeastRecentlyUsed() {
        // 64 x 64 RGB32 thumbnails are 16 KiB; room for three.
        ThumbnailLoader loader(64, 3 * 16 << 10);
        QStringList paths;
        for (int i = 0; i < 4; ++i)
            paths << writeJpeg(dir_.filePath(QString("lru%1.jpg").arg(i)), 64, 64, Qt::green);
        for (int i = 0; i < 3; ++i) {
            loader.request(paths[i]);
            QTRY_VERIFY(loader.cached(paths[i]));
        }
        QVERIFY(loader.cached(paths[0]));  // touched: paths[1] is now the oldest
        loader.request(paths[3]);
        QTRY_VERIFY(loader.cached(paths[3]));
        QVERIFY(loader.cached(paths[0]));
        QVERIFY(!loader.cached(paths[1]));
        QVERIFY(loader.cached(paths[2]));
    }

    void staleRequestsAreDropped() {
        ThumbnailLoader loader(32);
        QStringList paths;
        for (int i = 0; i < 60; ++i)
            paths << writeJpeg(dir_.filePath(QString("stale%1.jpg").arg(i)), 48, 48, Qt::gray);
        for (const QString& p : paths)
            loader.request(p);
        const QSet<QString> keep = {paths[0], paths[1], paths[2]};
        loader.retainOnly(keep);
        QVERIFY(loader.pendingCount() <= 3);
        for (const QString& p : keep)
            QTRY_VERIFY(loader.cached(p));
        QTRY_COMPARE(loader.pendingCount(), 0);
    }

    void modelRequestsOnlyWhatIsPainted() {
        QTemporaryDir root;
        const auto data = fixtures::taxonomyFixture(root.path().toStdString());
        // Class 0 has 40 train and 3 val images; give every one a file but leave one corrupt.
        const ImageRange range = data->imagesOf(0);
        QCOMPARE(range.size(), 43);
        for (int32_t image : range)
            writeJpeg(QString::fromStdString(data->imagePath(image)), 120, 90, Qt::darkGreen);
        const QString broken = QString::fromStdString(data->imagePath(*(range.end() - 1)));
        writeFile(broken, "broken");

        ThumbnailLoader loader(48);
        ThumbnailModel model(&loader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImages(data, std::vector<int32_t>(range.begin(), range.end()));
        QCOMPARE(model.rowCount(), 43);
        QCOMPARE(model.index(0).data(ThumbnailModel::SplitRole).toInt(),
                 static_cast<int>(taxa::Split::Train));
        QCOMPARE(model.index(42).data(ThumbnailModel::SplitRole).toInt(),
                 static_cast<int>(taxa::Split::Val));
        QCOMPARE(model.rowOfImage(*(range.begin() + 5)), 5);
        QTRY_COMPARE(loader.pendingCount(), 0);  // the tester asked for every decoration
        loader.cancelAll();

        // A fresh loader behind a small view: only the cells on screen are decoded.
        ThumbnailLoader viewLoader(48);
        ThumbnailModel viewModel(&viewLoader);
        viewModel.setImages(data, std::vector<int32_t>(range.begin(), range.end()));
        QListView view;
        view.setViewMode(QListView::IconMode);
        view.setUniformItemSizes(true);
        view.setResizeMode(QListView::Adjust);
        view.setItemDelegate(new ThumbnailDelegate(48, &view));
        view.setModel(&viewModel);
        view.resize(200, 150);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(viewModel.index(0).data(ThumbnailModel::StateRole).toInt() ==
                    ThumbnailModel::Ready);
        QTest::qWait(100);
        QVERIFY2(viewLoader.decodedCount() < 20,
                 qPrintable(QString("decoded %1 of 43").arg(viewLoader.decodedCount())));
        view.scrollToBottom();
        QTRY_VERIFY(viewModel.index(41).data(ThumbnailModel::StateRole).toInt() ==
                    ThumbnailModel::Ready);
        QTRY_VERIFY(viewModel.index(42).data(ThumbnailModel::StateRole).toInt() ==
                    ThumbnailModel::Failed);
        QVERIFY(!viewLoader.decodeThreads().contains(QThread::currentThreadId()));
    }
};

QTEST_MAIN(TestThumbnails)
#include "test_thumbnails.moc"
