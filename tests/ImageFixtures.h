#pragma once
// Images written by the tests: smooth gradients (so scaled decodes are comparable), solid
// colours (for exact normalisation checks) and broken files of each kind.

#include <cstdint>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>

namespace imagefixtures {

// A smooth RGB gradient of w x h, encoded; rgb pixel (x, y) = (x*255/w, y*255/h, 128).
inline std::vector<uint8_t> gradient(int w, int h, const char* ext = ".jpg", int quality = 95) {
    cv::Mat bgr(h, w, CV_8UC3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            bgr.at<cv::Vec3b>(y, x) = cv::Vec3b(128, static_cast<uint8_t>(y * 255 / h),
                                                static_cast<uint8_t>(x * 255 / w));
    std::vector<uint8_t> out;
    cv::imencode(ext, bgr, out, {cv::IMWRITE_JPEG_QUALITY, quality});
    return out;
}

inline std::vector<uint8_t> solidPng(int w, int h, uint8_t r, uint8_t g, uint8_t b) {
    cv::Mat bgr(h, w, CV_8UC3, cv::Scalar(b, g, r));
    std::vector<uint8_t> out;
    cv::imencode(".png", bgr, out);
    return out;
}

// A valid JPEG whose frame header claims width x height: a decompression bomb's header.
inline std::vector<uint8_t> claimsSize(int width, int height) {
    std::vector<uint8_t> jpeg = gradient(16, 16);
    for (size_t i = 0; i + 8 < jpeg.size(); ++i) {
        if (jpeg[i] == 0xFF && (jpeg[i + 1] == 0xC0 || jpeg[i + 1] == 0xC2)) {
            jpeg[i + 5] = static_cast<uint8_t>(height >> 8);
            jpeg[i + 6] = static_cast<uint8_t>(height & 255);
            jpeg[i + 7] = static_cast<uint8_t>(width >> 8);
            jpeg[i + 8] = static_cast<uint8_t>(width & 255);
            return jpeg;
        }
    }
    return {};
}

}  // namespace imagefixtures
