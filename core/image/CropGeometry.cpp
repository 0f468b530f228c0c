#include "image/CropGeometry.h"

#include <algorithm>
#include <cmath>

#include "util/Error.h"

namespace taxa {

namespace {

// A C x C crop at (ox, oy) of the image resized by s, in source pixels.
Box resizedBox(double ox, double oy, double crop, double s) {
    return {ox / s, oy / s, crop / s, crop / s};
}

double shorterScale(int width, int height, int resize) {
    return static_cast<double>(resize) / std::min(width, height);
}

}  // namespace

Box randomResizeCrop(int width, int height, int resize, int crop, Rng& rng) {
    const double s = shorterScale(width, height, resize);
    const double rw = width * s, rh = height * s;
    const double ox = rw > crop ? rng.uniform(0, rw - crop) : (rw - crop) / 2;
    const double oy = rh > crop ? rng.uniform(0, rh - crop) : (rh - crop) / 2;
    return resizedBox(ox, oy, crop, s);
}

Box randomResizedCrop(int width, int height, double scaleMin, double scaleMax, double ratioMin,
                      double ratioMax, Rng& rng) {
    const double area = static_cast<double>(width) * height;
    const double logLo = std::log(ratioMin), logHi = std::log(ratioMax);
    for (int attempt = 0; attempt < 10; ++attempt) {
        const double target = area * rng.uniform(scaleMin, scaleMax);
        const double ratio = std::exp(rng.uniform(logLo, logHi));
        const double w = std::round(std::sqrt(target * ratio));
        const double h = std::round(std::sqrt(target / ratio));
        if (w > 0 && h > 0 && w <= width && h <= height) {
            const double x = std::floor(rng.uniform(0, width - w + 1));
            const double y = std::floor(rng.uniform(0, height - h + 1));
            return {x, y, w, h};
        }
    }
    // Fallback as torchvision: the whole image, cut to the nearest allowed ratio.
    const double ratio = static_cast<double>(width) / height;
    double w = width, h = height;
    if (ratio < ratioMin)
        h = std::round(w / ratioMin);
    else if (ratio > ratioMax)
        w = std::round(h * ratioMax);
    return {(width - w) / 2, (height - h) / 2, w, h};
}

Box centreCrop(int width, int height, int resize, int crop) {
    const double s = shorterScale(width, height, resize);
    return resizedBox((width * s - crop) / 2, (height * s - crop) / 2, crop, s);
}

TtaPlan TtaPlan::parse(const std::string& mode, CropPreset preset) {
    TtaPlan plan;
    plan.resizes = {preset.resize};
    bool namedCentre = false;
    size_t start = 0;
    while (start <= mode.size()) {
        size_t end = mode.find('+', start);
        if (end == std::string::npos) end = mode.size();
        const std::string part = mode.substr(start, end - start);
        auto number = [&](const char* prefix, int fallback) {
            const std::string rest = part.substr(std::string(prefix).size());
            if (rest.empty()) return fallback;
            const int k = std::atoi(rest.c_str());
            if (k < 1 || k > 16 || std::to_string(k) != rest)
                throw Error("TTA mode '" + mode + "': bad count in '" + part + "'");
            return k;
        };
        if (part == "centre" || part == "center") {
            namedCentre = true;
        } else if (part == "flip") {
            plan.flip = true;
        } else if (part.rfind("dense", 0) == 0) {
            plan.denseGrid = number("dense", 3);
        } else if (part.rfind("upper", 0) == 0) {
            plan.upperWindows = number("upper", 3);
        } else if (part == "multiscale") {
            // The winner fused S in {448, 544, 608} for C = 392: ratios 1, 1.21, 1.36.
            plan.resizes = {preset.resize,
                            static_cast<int>(std::lround(preset.resize * 544.0 / 448)),
                            static_cast<int>(std::lround(preset.resize * 608.0 / 448))};
        } else {
            throw Error("unknown TTA mode '" + part + "' (use centre, flip, dense[K], upper[W], " +
                        "multiscale, joined with '+')");
        }
        start = end + 1;
    }
    plan.centre = namedCentre || plan.denseGrid == 0;
    return plan;
}

std::vector<CropWindow> planWindows(const TtaPlan& plan, int width, int height, int crop) {
    std::vector<CropWindow> out;
    for (const int resize : plan.resizes) {
        const double s = shorterScale(width, height, resize);
        const double rw = width * s, rh = height * s;
        if (plan.centre) out.push_back({centreCrop(width, height, resize, crop), false});
        if (plan.denseGrid > 0) {
            const int k = plan.denseGrid;
            for (int gy = 0; gy < k; ++gy)
                for (int gx = 0; gx < k; ++gx) {
                    const double ox = k > 1 ? (rw - crop) * gx / (k - 1) : (rw - crop) / 2;
                    const double oy = k > 1 ? (rh - crop) * gy / (k - 1) : (rh - crop) / 2;
                    out.push_back({resizedBox(ox, oy, crop, s), false});
                }
        }
        // "Denser viewing" (2018 runner-up): subjects sit high in many photos, so add windows
        // whose top edge is the image top, spread across the width.
        for (int w = 0; w < plan.upperWindows; ++w) {
            const int n = plan.upperWindows;
            const double ox = n > 1 ? (rw - crop) * w / (n - 1) : (rw - crop) / 2;
            out.push_back({resizedBox(ox, 0, crop, s), false});
        }
    }
    if (plan.flip) {
        const size_t n = out.size();
        for (size_t i = 0; i < n; ++i)
            out.push_back({out[i].box, true});
    }
    return out;
}

}  // namespace taxa
