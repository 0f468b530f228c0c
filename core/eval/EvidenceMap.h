#pragma once
/// @file EvidenceMap.h
/// @brief Engine side of Saliency.h: the gradient x activation map of a model's head at a
/// given last-stage feature map (LibTorch).

#include <torch/types.h>

#include "model/ResNet.h"

namespace taxa {

/// @brief The map and the logits it explains.
struct Evidence {
    torch::Tensor map;  ///< h x w, float, on the CPU: sum over channels of gradient x feature.
    float logitA = 0, logitB = 0;
};

/// @brief Evidence for class @p a over class @p b (b < 0: for a alone) in @p features
/// (1 x C x h x w, the output of net.features()), through net.classify().
Evidence evidenceAt(ResNetImpl& net, const torch::Tensor& features, int64_t a, int64_t b);

}  // namespace taxa
