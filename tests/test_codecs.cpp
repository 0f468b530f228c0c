// The codecs that replaced OpenCV's imgcodecs in the programs: PNG of every colour type and
// depth through libspng, CMYK JPEGs, the JPEG writer (checked by OpenCV's decoder, an
// independent one), and a clear refusal of other formats.

// libjpeg's headers need FILE and size_t declared first.
#include <cstdio>
// clang-format off
#include <jpeglib.h>
// clang-format on

#include <QtTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "image/ImageDecoder.h"
#include "image/ImageError.h"
#include "image/JpegWriter.h"

using namespace taxa;

namespace {

std::vector<uint8_t> encodePng(const cv::Mat& m) {
    std::vector<uint8_t> out;
    cv::imencode(".png", m, out);
    return out;
}

// A 1-row CMYK JPEG written with libjpeg itself (OpenCV cannot write CMYK).
std::vector<uint8_t> cmykJpeg(const std::vector<uint8_t>& cmykPixels, int width) {
    jpeg_compress_struct c{};
    jpeg_error_mgr err{};
    c.err = jpeg_std_error(&err);
    jpeg_create_compress(&c);
    unsigned char* buf = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&c, &buf, &size);
    c.image_width = static_cast<JDIMENSION>(width);
    c.image_height = 1;
    c.input_components = 4;
    c.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&c);
    jpeg_set_quality(&c, 100, TRUE);
    jpeg_start_compress(&c, TRUE);
    auto* row = const_cast<JSAMPROW>(cmykPixels.data());
    jpeg_write_scanlines(&c, &row, 1);
    jpeg_finish_compress(&c);
    std::vector<uint8_t> out(buf, buf + size);
    jpeg_destroy_compress(&c);
    std::free(buf);
    return out;
}

cv::Vec3b pixel(const std::vector<uint8_t>& bytes, int x, int y) {
    const cv::Mat rgb = decodeWhole(bytes.data(), bytes.size(), 8);
    return rgb.at<cv::Vec3b>(y, x);
}

}  // namespace

class TestCodecs : public QObject {
    Q_OBJECT

  private slots:
    void pngOfEveryColourTypeBecomesRgb() {
        cv::Mat gray(4, 6, CV_8UC1, cv::Scalar(77));
        QCOMPARE(pixel(encodePng(gray), 5, 3), cv::Vec3b(77, 77, 77));
        cv::Mat deep(4, 6, CV_16UC3, cv::Scalar(0, 32896, 65535));  // BGR, 16 bits
        QCOMPARE(pixel(encodePng(deep), 2, 1), cv::Vec3b(255, 128, 0));
        cv::Mat alpha(4, 6, CV_8UC4, cv::Scalar(10, 20, 30, 0));  // transparency is dropped
        QCOMPARE(pixel(encodePng(alpha), 0, 0), cv::Vec3b(30, 20, 10));
        const auto png = encodePng(gray);
        QCOMPARE(readImageSize(png.data(), png.size()).height, 4);
    }

    void brokenPngIsCorruptOrTruncated() {
        cv::Mat m(32, 32, CV_8UC3, cv::Scalar(1, 2, 3));
        auto png = encodePng(m);
        auto truncated = std::vector<uint8_t>(png.begin(), png.begin() + png.size() / 2);
        try {
            decodeWhole(truncated.data(), truncated.size(), 8);
            QFAIL("a truncated PNG decoded");
        } catch (const ImageError& e) {
            QVERIFY(e.kind() == BadImageKind::Truncated || e.kind() == BadImageKind::Corrupt);
        }
        png[40] ^= 0xFF;  // inside the image data: the chunk's CRC no longer matches
        QVERIFY_THROWS_EXCEPTION(ImageError, decodeWhole(png.data(), png.size(), 8));
    }

    void cmykJpegIsConverted() {
        // libjpeg writes CMYK with an Adobe marker, whose convention (Photoshop's) stores ink
        // inverted: 255 is no ink. White, pure cyan, and 50% black.
        const std::vector<uint8_t> cmyk{255, 255, 255, 255, 0, 255, 255, 255, 255, 255, 255, 127};
        const auto jpeg = cmykJpeg(cmyk, 3);
        const cv::Vec3b white = pixel(jpeg, 0, 0), cyan = pixel(jpeg, 1, 0),
                        grey = pixel(jpeg, 2, 0);
        QVERIFY(white[0] > 245 && white[1] > 245 && white[2] > 245);
        QVERIFY(cyan[0] < 20 && cyan[1] > 235 && cyan[2] > 235);
        QVERIFY(std::abs(int(grey[0]) - 127) < 10 && std::abs(int(grey[2]) - 127) < 10);
    }

    void jpegWriterRoundTripsThroughAnotherDecoder() {
        cv::Mat bgr(48, 64, CV_8UC3);
        for (int y = 0; y < bgr.rows; ++y)
            for (int x = 0; x < bgr.cols; ++x)
                bgr.at<cv::Vec3b>(y, x) = cv::Vec3b(40, uint8_t(y * 4), uint8_t(x * 4));
        const auto jpeg = encodeJpeg(bgr.data, bgr.cols, bgr.rows, bgr.step, PixelOrder::Bgr, 95);
        const cv::Mat back = cv::imdecode(jpeg, cv::IMREAD_COLOR);  // OpenCV's decoder
        QCOMPARE(back.cols, 64);
        QCOMPARE(back.rows, 48);
        QVERIFY(cv::norm(back, bgr, cv::NORM_INF) <= 12);
        // The same pixels as RGB give the same file: only the byte order differs.
        cv::Mat rgb;
        cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
        QCOMPARE(encodeJpeg(rgb.data, rgb.cols, rgb.rows, rgb.step, PixelOrder::Rgb, 95), jpeg);
        QVERIFY_THROWS_EXCEPTION(Error, encodeJpeg(bgr.data, 64, 48, 10, PixelOrder::Bgr, 95));
        QVERIFY_THROWS_EXCEPTION(Error, encodeJpeg(bgr.data, 64, 48, bgr.step, PixelOrder::Bgr, 0));
    }

    void otherFormatsAreRefusedByName() {
        const std::string gif = "GIF89a\x10\x00\x10\x00\x80\x00\x00";
        try {
            readImageSize(reinterpret_cast<const uint8_t*>(gif.data()), gif.size());
            QFAIL("a GIF was accepted");
        } catch (const ImageError& e) {
            QCOMPARE(e.kind(), BadImageKind::NotAnImage);
            QVERIFY(QString(e.what()).contains("not a JPEG or PNG"));
        }
    }
};

QTEST_APPLESS_MAIN(TestCodecs)
#include "test_codecs.moc"
