#include "image/Transform.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace taxa {

namespace {

// Resizes the box's part of a decoded region to C x C into `dst`.
void resizeBox(const DecodedRegion& r, const Box& box, int crop, cv::Mat& dst) {
    const int x0 =
        std::clamp(static_cast<int>(std::lround((box.x - r.box.x) * r.scaleX)), 0, r.rgb.cols - 1);
    const int y0 =
        std::clamp(static_cast<int>(std::lround((box.y - r.box.y) * r.scaleY)), 0, r.rgb.rows - 1);
    const int w = std::clamp(static_cast<int>(std::lround(box.w * r.scaleX)), 1, r.rgb.cols - x0);
    const int h = std::clamp(static_cast<int>(std::lround(box.h * r.scaleY)), 1, r.rgb.rows - y0);
    const cv::Mat roi = r.rgb(cv::Rect(x0, y0, w, h));
    // Area averaging when shrinking avoids aliasing (torchvision's antialias); bilinear when
    // enlarging.
    const int interp = (w >= crop && h >= crop) ? cv::INTER_AREA : cv::INTER_LINEAR;
    cv::resize(roi, dst, cv::Size(crop, crop), 0, 0, interp);
}

// RGB bytes -> normalised float CHW, mirrored if asked, with colour jitter.
void normalise(const cv::Mat& rgb, bool flip, const Jitter& j, const TransformConfig& cfg,
               float* out) {
    const int c = cfg.crop;
    const size_t plane = static_cast<size_t>(c) * c;
    const bool plain = j.brightness == 1 && j.contrast == 1 && j.saturation == 1;
    float scale[3], shift[3];
    for (int k = 0; k < 3; ++k) {
        scale[k] = 1.0f / (255.0f * cfg.std[k]);
        shift[k] = -cfg.mean[k] / cfg.std[k];
    }
    float greyMean = 0;
    if (!plain && j.contrast != 1) {
        double sum = 0;
        for (int y = 0; y < c; ++y) {
            const uint8_t* p = rgb.ptr<uint8_t>(y);
            for (int x = 0; x < c; ++x, p += 3)
                sum += 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
        }
        greyMean = static_cast<float>(sum / plane / 255.0) * j.brightness;
    }
    for (int y = 0; y < c; ++y) {
        const uint8_t* p = rgb.ptr<uint8_t>(y);
        float* r = out + static_cast<size_t>(y) * c;
        float* g = r + plane;
        float* b = g + plane;
        for (int x = 0; x < c; ++x, p += 3) {
            const int xo = flip ? c - 1 - x : x;
            if (plain) {
                r[xo] = p[0] * scale[0] + shift[0];
                g[xo] = p[1] * scale[1] + shift[1];
                b[xo] = p[2] * scale[2] + shift[2];
                continue;
            }
            // Brightness, contrast, saturation in torchvision's definitions, on [0, 1].
            float v[3];
            for (int k = 0; k < 3; ++k) {
                float t = std::min(1.0f, p[k] / 255.0f * j.brightness);
                t = std::clamp((t - greyMean) * j.contrast + greyMean, 0.0f, 1.0f);
                v[k] = t;
            }
            const float grey = 0.299f * v[0] + 0.587f * v[1] + 0.114f * v[2];
            for (int k = 0; k < 3; ++k)
                v[k] = std::clamp((v[k] - grey) * j.saturation + grey, 0.0f, 1.0f);
            r[xo] = (v[0] - cfg.mean[0]) / cfg.std[0];
            g[xo] = (v[1] - cfg.mean[1]) / cfg.std[1];
            b[xo] = (v[2] - cfg.mean[2]) / cfg.std[2];
        }
    }
}

float factor(Rng& rng, float strength) {
    return strength > 0 ? static_cast<float>(rng.uniform(1.0 - strength, 1.0 + strength)) : 1.0f;
}

}  // namespace

ImageSize sourceSize(const uint8_t* data, size_t size, const TransformConfig& cfg) {
    return readImageSize(data, size, cfg.maxPixels);
}

void renderBox(const uint8_t* data, size_t size, const Box& box, bool flip, const Jitter& jitter,
               const TransformConfig& cfg, float* out, int* scaleNum) {
    const DecodedRegion region = decodeRegion(data, size, box, cfg.crop, cfg.crop, cfg.maxPixels);
    if (scaleNum) *scaleNum = region.scaleNum;
    thread_local cv::Mat resized;  // reused: one allocation per worker thread
    resizeBox(region, box, cfg.crop, resized);
    normalise(resized, flip, jitter, cfg, out);
}

void trainTransform(const uint8_t* data, size_t size, const TransformConfig& cfg, Rng& rng,
                    float* out, int* scaleNum) {
    const ImageSize s = sourceSize(data, size, cfg);
    const Box box = cfg.randomResized
                        ? randomResizedCrop(s.width, s.height, cfg.scaleMin, cfg.scaleMax,
                                            cfg.ratioMin, cfg.ratioMax, rng)
                        : randomResizeCrop(s.width, s.height, cfg.resize, cfg.crop, rng);
    const bool flip = cfg.flip && rng.chance(0.5);
    Jitter j;
    j.brightness = factor(rng, cfg.brightness);
    j.contrast = factor(rng, cfg.contrast);
    j.saturation = factor(rng, cfg.saturation);
    renderBox(data, size, box, flip, j, cfg, out, scaleNum);
}

void evalTransform(const uint8_t* data, size_t size, const TransformConfig& cfg, float* out,
                   int* scaleNum) {
    const ImageSize s = sourceSize(data, size, cfg);
    renderBox(data, size, centreCrop(s.width, s.height, cfg.resize, cfg.crop), false, Jitter{}, cfg,
              out, scaleNum);
}

}  // namespace taxa
