#include "dataset/DemoImage.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

#include "image/JpegWriter.h"
#include "util/Error.h"
#include "util/Rng.h"

namespace taxa {

namespace {

// Habitat colours (BGR) per supercategory: top and bottom of a gradient.
const cv::Vec3b kHabitat[14][2] = {
    {{40, 110, 60}, {30, 70, 40}},     {{90, 160, 170}, {40, 90, 110}},
    {{200, 170, 120}, {150, 120, 90}}, {{140, 90, 30}, {90, 50, 10}},
    {{50, 70, 90}, {20, 40, 60}},      {{110, 150, 180}, {60, 90, 120}},
    {{120, 120, 100}, {70, 80, 60}},   {{80, 110, 100}, {50, 60, 70}},
    {{170, 130, 60}, {120, 100, 50}},  {{60, 100, 80}, {30, 50, 40}},
    {{100, 100, 100}, {50, 50, 60}},   {{130, 110, 40}, {90, 80, 20}},
    {{60, 80, 50}, {90, 120, 140}},    {{50, 140, 110}, {40, 90, 70}},
};

cv::Scalar hsvToBgr(int h, int s, int v) {
    cv::Mat3b px(1, 1,
                 cv::Vec3b(static_cast<uchar>(h), static_cast<uchar>(s), static_cast<uchar>(v)));
    cv::cvtColor(px, px, cv::COLOR_HSV2BGR);
    return {static_cast<double>(px(0)[0]), static_cast<double>(px(0)[1]),
            static_cast<double>(px(0)[2])};
}

// Body outline in local coordinates (unit radius), one of six family shapes.
std::vector<cv::Point2d> bodyShape(int shape) {
    std::vector<cv::Point2d> pts;
    const int n = 48;
    for (int i = 0; i < n; ++i) {
        const double t = 2 * M_PI * i / n;
        double rx = 1.0, ry = 0.62;
        double r = 1.0;
        switch (shape) {
            case 0:
                break;  // oval
            case 1:
                ry = 0.95;
                break;  // round
            case 2:
                r = 1.0 / std::pow(std::pow(std::fabs(std::cos(t)), 4) +
                                       std::pow(std::fabs(std::sin(t)), 4),
                                   0.25);
                r *= 0.85;
                break;  // rounded box
            case 3:
                r = 0.75 + 0.25 * std::cos(5 * t);
                ry = 0.9;
                break;  // star
            case 4:
                r = 1.0 - 0.35 * std::fabs(std::sin(t));
                ry = 0.5;
                break;  // spindle
            case 5:
                r = 0.8 + 0.2 * std::cos(t);
                ry = 0.75;
                break;  // teardrop
        }
        pts.emplace_back(rx * r * std::cos(t), ry * r * std::sin(t));
    }
    return pts;
}

}  // namespace

std::vector<unsigned char> renderDemoJpeg(const SpeciesTraits& tr, uint64_t seed, int w, int h,
                                          int quality) {
    if (w < 16 || h < 16) throw Error("demo images must be at least 16 x 16 pixels");
    Rng rng(seed);

    // Background: vertical gradient between the habitat's colours, blurred noise for texture.
    cv::Mat3b img(h, w);
    const cv::Vec3b top = kHabitat[tr.habitat % 14][0], bottom = kHabitat[tr.habitat % 14][1];
    for (int y = 0; y < h; ++y) {
        const double a = static_cast<double>(y) / (h - 1);
        cv::Vec3b c;
        for (int k = 0; k < 3; ++k)
            c[k] = cv::saturate_cast<uchar>(top[k] * (1 - a) + bottom[k] * a);
        img.row(y).setTo(c);
    }
    cv::Mat noise(h, w, CV_32FC3);
    cv::RNG cvrng(seed);
    cvrng.fill(noise, cv::RNG::NORMAL, 0, 28);
    cv::GaussianBlur(noise, noise, cv::Size(0, 0), 2.5);
    cv::Mat3f f;
    img.convertTo(f, CV_32F);
    f += noise;
    f.convertTo(img, CV_8U);

    // Clutter: a few leaves or stones in darker habitat tones.
    const int clutter = static_cast<int>(rng.between(2, 6));
    for (int i = 0; i < clutter; ++i) {
        const cv::Point c(static_cast<int>(rng.below(static_cast<uint64_t>(w))),
                          static_cast<int>(rng.below(static_cast<uint64_t>(h))));
        const cv::Size ax(static_cast<int>(rng.between(6, w / 6)),
                          static_cast<int>(rng.between(4, h / 8)));
        const double shade = rng.uniform(0.5, 0.9);
        cv::ellipse(img, c, ax, rng.uniform(0, 180), 0, 360,
                    cv::Scalar(bottom[0] * shade, bottom[1] * shade, bottom[2] * shade), cv::FILLED,
                    cv::LINE_AA);
    }

    // The specimen: pose, scale and light vary per photo.
    const double scale = rng.uniform(0.28, 0.42) * std::min(w, h);
    const cv::Point2d centre(w * rng.uniform(0.35, 0.65), h * rng.uniform(0.35, 0.65));
    const double angle = rng.uniform(0, 2 * M_PI), ca = std::cos(angle), sa = std::sin(angle);
    auto place = [&](cv::Point2d p) {
        return cv::Point(static_cast<int>(std::lround(centre.x + scale * (p.x * ca - p.y * sa))),
                         static_cast<int>(std::lround(centre.y + scale * (p.x * sa + p.y * ca))));
    };
    std::vector<cv::Point> outline;
    for (const auto& p : bodyShape(tr.shape))
        outline.push_back(place(p));
    const int light = static_cast<int>(rng.between(150, 235));
    const int hue = (tr.hue + static_cast<int>(rng.between(-4, 4)) + 180) % 180;
    cv::Mat3b body = img.clone();
    cv::fillPoly(body, std::vector<std::vector<cv::Point>>{outline}, hsvToBgr(hue, 200, light),
                 cv::LINE_AA);
    const cv::Scalar markColour = hsvToBgr((hue + 90) % 180, 60, light / 6);
    const int thickness = std::max(2, static_cast<int>(scale * 0.09));
    for (int m = 0; m < tr.marks; ++m) {
        switch (tr.pattern) {
            case 0: {  // spots scattered over the body
                const double a = rng.uniform(0, 2 * M_PI), r = std::sqrt(rng.uniform()) * 0.55;
                cv::circle(body, place({r * std::cos(a), 0.5 * r * std::sin(a)}),
                           std::max(2, static_cast<int>(scale * 0.11)), markColour, cv::FILLED,
                           cv::LINE_AA);
                break;
            }
            case 1: {  // bands across the body
                const double x = -0.75 + 1.5 * (m + 0.5) / tr.marks + rng.uniform(-0.04, 0.04);
                cv::line(body, place({x, -0.7}), place({x, 0.7}), markColour, thickness,
                         cv::LINE_AA);
                break;
            }
            default: {  // rings along the midline
                const double x = -0.6 + 1.2 * (m + 0.5) / tr.marks;
                cv::circle(body, place({x, rng.uniform(-0.1, 0.1)}),
                           std::max(3, static_cast<int>(scale * 0.1)), markColour,
                           std::max(1, thickness / 2), cv::LINE_AA);
            }
        }
    }
    cv::Mat1b mask = cv::Mat1b::zeros(h, w);
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{outline}, 255, cv::LINE_8);
    body.copyTo(img, mask);
    cv::polylines(img, std::vector<std::vector<cv::Point>>{outline}, true,
                  hsvToBgr(hue, 220, light / 2), 1, cv::LINE_AA);

    if (rng.chance(0.3)) cv::GaussianBlur(img, img, cv::Size(0, 0), rng.uniform(0.6, 1.4));

    return encodeJpeg(img.data, img.cols, img.rows, img.step, PixelOrder::Bgr, quality);
}

}  // namespace taxa
