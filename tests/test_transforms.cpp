// Crop geometry, exact output sizes, flips, normalisation values and TTA crop counts.

#include <QtTest>

#include "ImageFixtures.h"
#include "image/CropGeometry.h"
#include "image/Transform.h"
#include "util/Error.h"

using namespace taxa;
using namespace imagefixtures;

namespace {

bool inside(const Box& b, int w, int h) {
    const double eps = 1e-6;
    return b.x >= -eps && b.y >= -eps && b.x + b.w <= w + eps && b.y + b.h <= h + eps && b.w > 0 &&
           b.h > 0;
}

}  // namespace

class TestTransforms : public QObject {
    Q_OBJECT

  private slots:
    void cropsStayInsideTheImage() {
        Rng rng(1);
        for (int i = 0; i < 2000; ++i) {
            const int w = 300 + int(rng.below(700)), h = 300 + int(rng.below(700));
            const Box a = randomResizeCrop(w, h, 256, 224, rng);
            QVERIFY(inside(a, w, h));
            QVERIFY(std::abs(a.w - 224.0 * std::min(w, h) / 256) <
                    1e-9);  // C/S of the shorter side
            QCOMPARE(a.w, a.h);
            const Box b = randomResizedCrop(w, h, 0.08, 1.0, 3.0 / 4, 4.0 / 3, rng);
            QVERIFY(inside(b, w, h));
            const double share = b.w * b.h / (double(w) * h);
            QVERIFY(share >= 0.07 && share <= 1.0);
            QVERIFY(b.w / b.h >= 0.74 && b.w / b.h <= 1.34);
        }
        const Box c = centreCrop(800, 600, 256, 224);
        QCOMPARE(c.x + c.w / 2, 400.0);
        QCOMPARE(c.y + c.h / 2, 300.0);
        QCOMPARE(c.h, 600.0 * 224 / 256);
    }

    void writesExactlyOneImage() {
        const auto jpeg = gradient(500, 375);
        TransformConfig cfg;
        cfg.crop = 64;
        cfg.resize = 73;
        std::vector<float> out(cfg.outputSize() + 16, 12345.0f);
        Rng rng(3);
        trainTransform(jpeg.data(), jpeg.size(), cfg, rng, out.data());
        for (size_t i = cfg.outputSize(); i < out.size(); ++i)
            QCOMPARE(out[i], 12345.0f);
        QVERIFY(out[0] != 12345.0f && out[cfg.outputSize() - 1] != 12345.0f);
        QCOMPARE(cfg.outputSize(), size_t(3 * 64 * 64));
    }

    void flipMirrorsEveryRow() {
        const auto jpeg = gradient(400, 300);
        TransformConfig cfg;
        cfg.crop = 32;
        std::vector<float> a(cfg.outputSize()), b(cfg.outputSize());
        const Box box{50, 40, 200, 200};
        renderBox(jpeg.data(), jpeg.size(), box, false, {}, cfg, a.data());
        renderBox(jpeg.data(), jpeg.size(), box, true, {}, cfg, b.data());
        for (int ch = 0; ch < 3; ++ch)
            for (int y = 0; y < 32; ++y)
                for (int x = 0; x < 32; ++x)
                    QCOMPARE(b[size_t(ch * 1024 + y * 32 + x)],
                             a[size_t(ch * 1024 + y * 32 + 31 - x)]);
        // The red channel rises left to right, so the mirror falls.
        QVERIFY(a[31] > a[0] && b[31] < b[0]);
    }

    void normalisesWithTheInatStatistics() {
        const auto png = solidPng(50, 40, 118, 120, 97);
        TransformConfig cfg;
        cfg.crop = 16;
        std::vector<float> out(cfg.outputSize());
        evalTransform(png.data(), png.size(), cfg, out.data());
        const float expected[3] = {(118 / 255.0f - 0.466f) / 0.195f,
                                   (120 / 255.0f - 0.471f) / 0.194f,
                                   (97 / 255.0f - 0.380f) / 0.192f};
        for (int ch = 0; ch < 3; ++ch)
            for (int i = 0; i < 256; ++i)
                QVERIFY(std::abs(out[size_t(ch * 256 + i)] - expected[ch]) < 1e-5f);
        // Brightness 0.5 halves the [0, 1] values before normalising.
        Jitter dim;
        dim.brightness = 0.5f;
        renderBox(png.data(), png.size(), {0, 0, 50, 40}, false, dim, cfg, out.data());
        QVERIFY(std::abs(out[0] - (118 / 255.0f * 0.5f - 0.466f) / 0.195f) < 1e-5f);
        // Saturation 0 turns every pixel grey (the three channels' [0, 1] values become equal).
        Jitter grey;
        grey.saturation = 0;
        renderBox(png.data(), png.size(), {0, 0, 50, 40}, false, grey, cfg, out.data());
        const float r = out[0] * 0.195f + 0.466f, g = out[256] * 0.194f + 0.471f;
        QVERIFY(std::abs(r - g) < 1e-5f);
        QVERIFY(std::abs(r - (0.299f * 118 + 0.587f * 120 + 0.114f * 97) / 255) < 1e-5f);
    }

    void ttaCropCountsPerMode_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("count");
        QTest::newRow("centre") << "centre" << 1;
        QTest::newRow("centre+flip") << "centre+flip" << 2;
        QTest::newRow("dense") << "dense" << 9;
        QTest::newRow("dense2+centre") << "dense2+centre" << 5;
        QTest::newRow("dense+flip") << "dense+flip" << 18;
        QTest::newRow("upper") << "upper" << 4;
        QTest::newRow("multiscale") << "multiscale" << 3;
        QTest::newRow("dense+multiscale") << "dense+multiscale" << 27;
        QTest::newRow("all") << "dense+upper+flip+multiscale" << 72;
    }

    void ttaCropCountsPerMode() {
        QFETCH(QString, mode);
        QFETCH(int, count);
        const TtaPlan plan = TtaPlan::parse(mode.toStdString(), kPreset392);
        const auto windows = planWindows(plan, 800, 600, 392);
        QCOMPARE(int(windows.size()), count);
        for (const auto& w : windows)
            QVERIFY(inside(w.box, 800, 600));
    }

    void ttaPlanDetails() {
        const TtaPlan ms = TtaPlan::parse("multiscale", kPreset392);
        QCOMPARE(ms.resizes, (std::vector<int>{448, 544, 608}));
        const auto upper = planWindows(TtaPlan::parse("upper3", kPreset224), 800, 600, 224);
        for (size_t i = 1; i < upper.size(); ++i)
            QCOMPARE(upper[i].box.y, 0.0);
        QVERIFY_THROWS_EXCEPTION(Error, TtaPlan::parse("dense+zoom", kPreset224));
        QVERIFY_THROWS_EXCEPTION(Error, TtaPlan::parse("dense0", kPreset224));
    }
};

QTEST_APPLESS_MAIN(TestTransforms)
#include "test_transforms.moc"
