#pragma once
// What the image fuzzers run on a buffer: the header read, the evaluation and training
// transforms (decode only the crop, resize, normalise) and a whole decode at a DCT scale, with
// small sizes and a 4-megapixel limit so that each input stays cheap.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "image/ImageError.h"
#include "image/Transform.h"

namespace fuzz {

inline void decodeAllWays(const uint8_t* data, size_t size) {
    taxa::TransformConfig cfg;
    cfg.crop = 24;
    cfg.resize = 28;
    cfg.maxPixels = int64_t(1) << 22;
    cfg.brightness = cfg.contrast = cfg.saturation = 0.4f;
    std::vector<float> out(cfg.outputSize());
    auto check = [&] {
        for (float v : out)
            if (!std::isfinite(v)) __builtin_trap();
    };
    try {
        taxa::sourceSize(data, size, cfg);
    } catch (const taxa::ImageError&) {
        return;  // the transforms read the same header first
    }
    try {
        taxa::evalTransform(data, size, cfg, out.data());
        check();
    } catch (const taxa::ImageError&) {
    }
    try {
        taxa::Rng rng(size);
        taxa::trainTransform(data, size, cfg, rng, out.data());
        check();
    } catch (const taxa::ImageError&) {
    }
    try {
        taxa::decodeWhole(data, size, 1 + static_cast<int>(size % 8), cfg.maxPixels);
    } catch (const taxa::ImageError&) {
    }
}

}  // namespace fuzz
