// The prefetching batch loader: whole epochs despite bad images, determinism, cancellation.

#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

#include "FifoFixture.h"
#include "ImageFixtures.h"
#include "data/BatchLoader.h"

using namespace taxa;

namespace {

void writeBytes(const std::string& path, const std::vector<uint8_t>& bytes) {
    std::ofstream f(path, std::ios::binary);
    f.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

}  // namespace

class TestLoader : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::vector<LoaderItem> items_;

  private slots:
    void initTestCase() {
        const std::string root = dir_.path().toStdString();
        for (int i = 0; i < 20; ++i) {
            LoaderItem it{root + "/good" + std::to_string(i) + ".jpg", i % 4, i};
            writeBytes(it.path, imagefixtures::gradient(120 + 10 * i, 100));
            items_.push_back(it);
        }
        const auto jpeg = imagefixtures::gradient(200, 150);
        const std::string text = "not an image";
        const std::vector<std::pair<std::string, std::vector<uint8_t>>> bad = {
            {"/empty.jpg", {}},
            {"/truncated.jpg",
             std::vector<uint8_t>(jpeg.begin(), jpeg.begin() + long(jpeg.size() / 3))},
            {"/text.jpg", std::vector<uint8_t>(text.begin(), text.end())},
            {"/bomb.jpg", imagefixtures::claimsSize(40000, 40000)},
        };
        int64_t id = 100;
        for (const auto& [name, bytes] : bad) {
            writeBytes(root + name, bytes);
            items_.push_back({root + name, 0, id++});
        }
        items_.push_back({root + "/missing.jpg", 0, id++});
    }

    void badImagesNeverEndAnEpoch() {
        BatchLoaderOptions o;
        o.batchSize = 4;
        o.threads = 2;
        o.transform.crop = 32;
        BatchLoader loader(items_, o);
        std::vector<int64_t> order(items_.size());
        std::iota(order.begin(), order.end(), 0);
        loader.startEpoch(order, 0);
        QCOMPARE(loader.batchesInEpoch(), int64_t(7));
        int64_t images = 0, skipped = 0, batches = 0;
        while (auto batch = loader.next()) {
            QCOMPARE(batch->images.size(0), batch->labels.size(0));
            QCOMPARE(batch->images.sizes(), (torch::IntArrayRef{batch->labels.size(0), 3, 32, 32}));
            for (size_t k = 0; k < batch->items.size(); ++k)
                QCOMPARE(batch->labels[long(k)].item<int64_t>(),
                         int64_t(items_[size_t(batch->items[k])].label));
            QVERIFY(torch::isfinite(batch->images).all().item<bool>());
            images += batch->images.size(0);
            skipped += batch->skipped;
            ++batches;
        }
        QCOMPARE(images, int64_t(20));
        QCOMPARE(skipped, int64_t(0));  // all bad images fell in batches 5 and 6, left out whole
        QCOMPARE(batches, int64_t(5));
        QCOMPARE(loader.skippedInEpoch(), int64_t(5));
        const auto bad = loader.badImages();
        QCOMPARE(bad.size(), size_t(5));
        std::set<BadImageKind> kinds;
        for (const auto& b : bad)
            kinds.insert(b.kind);
        QCOMPARE(kinds, (std::set<BadImageKind>{BadImageKind::Empty, BadImageKind::Truncated,
                                                BadImageKind::NotAnImage, BadImageKind::TooLarge,
                                                BadImageKind::Missing}));
    }

    void sameSeedSameBatches() {
        BatchLoaderOptions o;
        o.batchSize = 5;
        o.threads = 2;
        o.transform.crop = 24;
        o.seed = 11;
        auto run = [&](int threads) {
            o.threads = threads;
            BatchLoader loader(std::vector<LoaderItem>(items_.begin(), items_.begin() + 20), o);
            Sampler sampler(std::vector<int32_t>(20, 0), 1,
                            SamplerConfig{SamplerKind::Instance, 1, 3, 0});
            loader.startEpoch(sampler);
            std::vector<torch::Tensor> out;
            while (auto b = loader.next())
                out.push_back(b->images);
            return torch::cat(out);
        };
        const torch::Tensor a = run(1), b = run(2);
        QCOMPARE(a.size(0), int64_t(20));
        QVERIFY(torch::equal(a, b));  // thread count and timing do not change the data
    }

    void dropLastLeavesOutTheShortBatch() {
        BatchLoaderOptions o;
        o.batchSize = 6;
        o.threads = 1;
        o.transform.crop = 16;
        o.dropLast = true;
        BatchLoader loader(std::vector<LoaderItem>(items_.begin(), items_.begin() + 20), o);
        std::vector<int64_t> order(20);
        std::iota(order.begin(), order.end(), 0);
        loader.startEpoch(order, 0);
        QCOMPARE(loader.batchesInEpoch(), int64_t(3));  // 20 = 3 x 6 + 2, the 2 left out
        int64_t images = 0;
        while (auto b = loader.next())
            images += b->labels.size(0);
        QCOMPARE(images, int64_t(18));
        // Fewer items than one batch: the only batch is kept.
        loader.startEpoch({0, 1, 2, 3}, 1);
        QCOMPARE(loader.batchesInEpoch(), int64_t(1));
        const auto only = loader.next();
        QVERIFY(only);
        QCOMPARE(only->labels.size(0), int64_t(4));
    }

    void aFifoIsABadImageNotAHang() {
        // A FIFO in place of a train JPEG hung a loader thread in open() (issue 13, row 3).
        const std::string fifo = dir_.path().toStdString() + "/fifo.jpg";
        QVERIFY(fixtures::makeFifo(fifo));
        std::vector<LoaderItem> items(items_.begin(), items_.begin() + 3);
        items.push_back({fifo, 1, 77});
        BatchLoaderOptions o;
        o.batchSize = 2;
        o.threads = 2;
        o.transform.crop = 16;
        BatchLoader loader(items, o);
        int64_t images = 0;
        QVERIFY(fixtures::finishesWithin(30, fifo, [&] {
            loader.startEpoch(std::vector<int64_t>{3, 0, 1, 2}, 0);
            while (auto batch = loader.next())
                images += batch->images.size(0);
        }));
        QCOMPARE(images, int64_t(3));
        const auto bad = loader.badImages();
        QCOMPARE(bad.size(), size_t(1));
        QCOMPARE(bad[0].id, int64_t(77));
        QCOMPARE(bad[0].kind, BadImageKind::NotAnImage);
        QCOMPARE(QString::fromStdString(bad[0].message),
                 QString::fromStdString(fifo + ": is a FIFO (named pipe), not a regular file"));
    }

    void evalModeMatchesTheTransform() {
        BatchLoaderOptions o;
        o.train = false;
        o.batchSize = 3;
        o.transform.crop = 16;
        BatchLoader loader(std::vector<LoaderItem>(items_.begin(), items_.begin() + 3), o);
        loader.startEpoch(std::vector<int64_t>{2, 0, 1}, 0);
        const auto batch = loader.next();
        QVERIFY(batch);
        std::ifstream f(items_[2].path, std::ios::binary);
        std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(f)), {});
        std::vector<float> expected(o.transform.outputSize());
        evalTransform(bytes.data(), bytes.size(), o.transform, expected.data());
        const torch::Tensor first = batch->images[0].contiguous();
        QVERIFY(std::equal(expected.begin(), expected.end(), first.data_ptr<float>()));
        QVERIFY(!loader.next());
    }

    void cancelStopsPromptly() {
        std::vector<LoaderItem> many;
        for (int r = 0; r < 50; ++r)
            many.insert(many.end(), items_.begin(), items_.begin() + 20);
        BatchLoaderOptions o;
        o.batchSize = 8;
        o.threads = 2;
        o.transform.crop = 32;
        BatchLoader loader(many, o);
        std::vector<int64_t> order(many.size());
        std::iota(order.begin(), order.end(), 0);
        loader.startEpoch(order, 0);
        QVERIFY(loader.next());
        loader.cancel();
        QVERIFY(!loader.next());
    }
};

QTEST_APPLESS_MAIN(TestLoader)
#include "test_loader.moc"
