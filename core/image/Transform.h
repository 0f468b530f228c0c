#pragma once
/// @file Transform.h
/// @brief Image to network input: decode only the crop, resize it to C x C, flip, colour
/// jitter and normalise into a float CHW buffer (written in place, e.g. into a batch tensor).

#include <array>
#include <cstddef>
#include <cstdint>

#include "image/CropGeometry.h"
#include "image/ImageDecoder.h"
#include "util/Rng.h"

namespace taxa {

/// @brief iNat-2018 channel statistics used in the literature (REFERENCE.md).
constexpr std::array<float, 3> kInatMean{0.466f, 0.471f, 0.380f};
constexpr std::array<float, 3> kInatStd{0.195f, 0.194f, 0.192f};

/// @brief Everything that turns an image into a C x C network input.
struct TransformConfig {
    int crop = 224;             ///< C.
    int resize = 256;           ///< S: shorter side before cropping (eval, and train when
                                ///< randomResized is false).
    bool randomResized = true;  ///< Train: random-resized crop; else random C crop at S.
    double scaleMin = 0.08;     ///< Random-resized crop: share of the image area.
    double scaleMax = 1.0;
    double ratioMin = 3.0 / 4.0;  ///< Random-resized crop: aspect ratio range.
    double ratioMax = 4.0 / 3.0;
    bool flip = true;         ///< Train: mirror with probability 1/2.
    float brightness = 0.0f;  ///< Colour jitter strengths: factors drawn from [1-x, 1+x].
    float contrast = 0.0f;
    float saturation = 0.0f;
    std::array<float, 3> mean = kInatMean;
    std::array<float, 3> std = kInatStd;
    int64_t maxPixels = kDefaultMaxPixels;  ///< Larger images are refused (decompression bombs).

    /// @brief Floats one image takes: 3 * crop * crop.
    size_t outputSize() const { return 3u * static_cast<size_t>(crop) * static_cast<size_t>(crop); }
};

/// @brief Colour jitter factors for one image (1 = unchanged).
struct Jitter {
    float brightness = 1, contrast = 1, saturation = 1;
};

/// @brief The training transform: random crop (as configured), flip, jitter, normalise.
/// Writes cfg.outputSize() floats to @p out. Throws ImageError for a bad image.
/// @p scaleNum, when given, receives the DCT scale (over 8) the decoder used.
void trainTransform(const uint8_t* data, size_t size, const TransformConfig& cfg, Rng& rng,
                    float* out, int* scaleNum = nullptr);

/// @brief The evaluation transform: shorter side to S, centre C x C crop, normalise.
void evalTransform(const uint8_t* data, size_t size, const TransformConfig& cfg, float* out,
                   int* scaleNum = nullptr);

/// @brief Renders one source box to C x C (flipped if asked, jittered, normalised).
void renderBox(const uint8_t* data, size_t size, const Box& box, bool flip, const Jitter& jitter,
               const TransformConfig& cfg, float* out, int* scaleNum = nullptr);

/// @brief The size an image will be cropped from (reads the header only).
ImageSize sourceSize(const uint8_t* data, size_t size, const TransformConfig& cfg);

}  // namespace taxa
