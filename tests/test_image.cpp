// Decoding only what a crop needs, and each kind of bad image refused by name.

#include <QtTest>
#include <opencv2/imgcodecs.hpp>

#include "ImageFixtures.h"
#include "image/ImageDecoder.h"
#include "image/ImageError.h"

using namespace taxa;
using namespace imagefixtures;

namespace {

BadImageKind kindOf(const std::vector<uint8_t>& bytes) {
    try {
        decodeRegion(bytes.data(), bytes.size(), {0, 0, 10, 10}, 4, 4);
    } catch (const ImageError& e) {
        return e.kind();
    }
    qFatal("decoding succeeded");
}

}  // namespace

class TestImage : public QObject {
    Q_OBJECT

  private slots:
    void choosesTheSmallestSufficientScale() {
        QCOMPARE(chooseJpegScale(800, 600, 224, 224), 3);  // 300 x 225
        QCOMPARE(chooseJpegScale(400, 400, 224, 224), 5);  // 250
        QCOMPARE(chooseJpegScale(1800, 1800, 224, 224), 1);
        QCOMPARE(chooseJpegScale(200, 300, 224, 224), 8);  // too small: full resolution
    }

    void regionMatchesAFullDecode() {
        const auto jpeg = gradient(640, 480);
        const cv::Mat full = cv::imdecode(cv::Mat(jpeg), cv::IMREAD_COLOR);
        // A box small enough to need full resolution: the strip must equal OpenCV's pixels.
        const Box box{100.5, 200, 150, 120};
        const DecodedRegion r = decodeRegion(jpeg.data(), jpeg.size(), box, 224, 224);
        QCOMPARE(r.scaleNum, 8);
        QVERIFY(r.box.x <= box.x && r.box.y <= box.y);
        QVERIFY(r.box.x + r.box.w >= box.x + box.w && r.box.y + r.box.h >= box.y + box.h);
        QVERIFY(r.rgb.rows < 480);  // rows below and above the box were never decoded
        cv::Mat expected;
        cv::cvtColor(full(cv::Rect(int(r.box.x), int(r.box.y), r.rgb.cols, r.rgb.rows)), expected,
                     cv::COLOR_BGR2RGB);
        cv::Mat diff;
        cv::absdiff(expected, r.rgb, diff);
        double worst = 0;
        cv::minMaxLoc(diff.reshape(1), nullptr, &worst);
        QVERIFY2(worst <= 2, qPrintable(QString::number(worst)));
    }

    void scaledRegionKeepsTheContent() {
        const auto jpeg = gradient(800, 600);
        const Box box{0, 0, 800, 600};
        const DecodedRegion r = decodeRegion(jpeg.data(), jpeg.size(), box, 224, 224);
        QCOMPARE(r.scaleNum, 3);
        QCOMPARE(r.rgb.cols, 300);
        QCOMPARE(r.rgb.rows, 225);
        // The red channel still rises left to right as x * 255 / 800.
        const cv::Vec3b mid = r.rgb.at<cv::Vec3b>(112, 150);
        QVERIFY(std::abs(int(mid[0]) - 400 * 255 / 800) <= 3);
        QVERIFY(std::abs(int(mid[1]) - 300 * 255 / 600) <= 3);
        QCOMPARE(decodeWhole(jpeg.data(), jpeg.size(), 4).cols, 400);
    }

    void readsPngThroughLibspng() {
        const auto png = gradient(64, 48, ".png");
        QCOMPARE(readImageSize(png.data(), png.size()).width, 64);
        const DecodedRegion r = decodeRegion(png.data(), png.size(), {8, 8, 16, 16}, 16, 16);
        QCOMPARE(r.rgb.cols, 16);
        QCOMPARE(int(r.rgb.at<cv::Vec3b>(0, 0)[0]), 8 * 255 / 64);  // exact: PNG is lossless
    }

    void refusesEachKindOfBadImage() {
        const auto jpeg = gradient(320, 240);
        QCOMPARE(kindOf({}), BadImageKind::Empty);
        QCOMPARE(kindOf(std::vector<uint8_t>(jpeg.begin(), jpeg.begin() + jpeg.size() / 2)),
                 BadImageKind::Truncated);
        const std::string text = "id,predicted\n1,2 3 4\n";
        QCOMPARE(kindOf(std::vector<uint8_t>(text.begin(), text.end())), BadImageKind::NotAnImage);
        QCOMPARE(kindOf(claimsSize(30000, 30000)), BadImageKind::TooLarge);
        auto png = solidPng(8, 8, 1, 2, 3);
        png[16] = 0x7F;  // IHDR width's high byte: about 2 billion pixels wide
        QCOMPARE(kindOf(png), BadImageKind::TooLarge);
        auto corrupt = jpeg;
        for (size_t i = 200; i < 400; ++i)
            corrupt[i] = 0xFF;  // markers where data should be
        const BadImageKind k = kindOf(corrupt);
        QVERIFY(k == BadImageKind::Corrupt || k == BadImageKind::Truncated);
        // A custom limit applies too.
        QVERIFY_THROWS_EXCEPTION(ImageError, readImageSize(jpeg.data(), jpeg.size(), 1000));
    }
};

QTEST_APPLESS_MAIN(TestImage)
#include "test_image.moc"
