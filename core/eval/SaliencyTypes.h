#pragma once
/// @file SaliencyTypes.h
/// @brief Where in a photo the evidence for class A over class B lies: gradient x activation
/// of (logit A - logit B) at the last convolutional stage, summed over channels at each
/// location; with no B, of logit A alone. The request and the map: plain types that cross the
/// engine's interface (no LibTorch), for the programs; the engine computes it (Saliency.h).
///
/// Why gradient x activation per location and not Grad-CAM's channel weights (the spatial mean
/// of the gradient): in front of the average-pool head the gradient is the same at every
/// location, so both give the class activation map. In front of the iSQRT-COV head the
/// gradient at each location is a fixed matrix times that location's centred feature, and
/// centred features average to zero: Grad-CAM's weights vanish (up to what the 1x1 conv, BN
/// and ReLU before the covariance bend), while the per-location product keeps the evidence.
/// The same map therefore serves both heads.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace taxa {

/// @brief Which image's evidence for which classes, with which checkpoint.
struct SaliencyRequest {
    std::string checkpoint;  ///< Trained on the dataset's classes.
    size_t image = 0;        ///< Index into Dataset::images.
    int32_t classA = -1;     ///< Class index; -1: the model's top class.
    int32_t classB = -1;     ///< Class index to contrast with; -1: none (A alone).
    std::string device = "cpu";
};

/// @brief A heat map over the network's view of the image.
struct SaliencyMap {
    int width = 0, height = 0;  ///< Of the last stage's grid (e.g. 7 x 7 for a 224 crop).
    /// Row-major, width * height: the evidence, ReLU'd and scaled so that the largest is 1
    /// (all 0 when nothing speaks for A over B).
    std::vector<float> values;
    /// Row-major: gradient x activation summed over channels, signed and unscaled. For the
    /// average-pool head it sums to (logit A - logit B) less the FC biases' difference.
    std::vector<float> raw;
    int32_t classA = -1, classB = -1;  ///< As used (A resolved when asked for the top class).
    float logitA = 0, logitB = 0;      ///< logitB = 0 without B.
    /// Where the map lies in the source image (pixels), and whether the view was mirrored.
    double boxX = 0, boxY = 0, boxWidth = 0, boxHeight = 0;
    bool flipped = false;
    int sourceWidth = 0, sourceHeight = 0;
};

}  // namespace taxa
