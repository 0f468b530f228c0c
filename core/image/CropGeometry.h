#pragma once
/// @file CropGeometry.h
/// @brief Where crops fall in the source image, as plain geometry: random training crops and
/// the test-time crop plans (centre, flip, dense multi-scale grids, upper windows).

#include <string>
#include <vector>

#include "image/ImageDecoder.h"
#include "util/Rng.h"

namespace taxa {

/// @brief C/S presets of the 2018 winner (crop C from images resized to shorter side S).
struct CropPreset {
    int crop;
    int resize;
};
constexpr CropPreset kPreset224{224, 256};
constexpr CropPreset kPreset320{320, 360};
constexpr CropPreset kPreset392{392, 448};

/// @brief Random C x C crop of the image resized to shorter side S, as a box in source pixels.
Box randomResizeCrop(int width, int height, int resize, int crop, Rng& rng);

/// @brief torchvision-style random-resized crop: area share in [scaleMin, scaleMax] and aspect
/// ratio in [ratioMin, ratioMax] (log-uniform), 10 tries, then a centre crop of clamped ratio.
Box randomResizedCrop(int width, int height, double scaleMin, double scaleMax, double ratioMin,
                      double ratioMax, Rng& rng);

/// @brief Centre C x C crop of the image resized to shorter side S.
Box centreCrop(int width, int height, int resize, int crop);

/// @brief One test-time view: a source box (resized to crop x crop) and whether to mirror it.
struct CropWindow {
    Box box;
    bool flip = false;
};

/// @brief Test-time augmentation modes; combine with '+', e.g. "dense+flip".
struct TtaPlan {
    bool centre = true;        ///< The centre crop at each scale (dropped by "dense" unless
                               ///< named, as an odd grid already holds it).
    bool flip = false;         ///< Add the mirror image of every window.
    int denseGrid = 0;         ///< K > 0: a K x K grid of crops at each scale.
    int upperWindows = 0;      ///< W > 0: W extra windows along the top of the image per scale.
    std::vector<int> resizes;  ///< Shorter-side sizes S; empty = {the crop preset's S}.

    /// @brief Parses "centre", "flip", "dense", "dense3", "upper", "upper4", "multiscale" and
    /// '+' combinations such as "dense+upper+flip"; "multiscale" uses S in {1, 1.21, 1.36} x
    /// the base S (448, 544, 608 for 392/448). Throws taxa::Error for an unknown part.
    static TtaPlan parse(const std::string& mode, CropPreset preset);
};

/// @brief The windows of a plan for an image of width x height; crop is C.
std::vector<CropWindow> planWindows(const TtaPlan& plan, int width, int height, int crop);

}  // namespace taxa
