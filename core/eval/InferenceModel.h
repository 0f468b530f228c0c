#pragma once
/// @file InferenceModel.h
/// @brief A checkpoint loaded for inference with the view of the images it was trained on:
/// what prediction, saliency and features share, so that all three see an image alike.
/// Engine-side (LibTorch).

#include <cstdint>
#include <string>
#include <vector>

#include "image/Transform.h"
#include "model/ResNet.h"

namespace taxa {

/// @brief A model in eval mode on its device, and its run's crop and resize.
struct InferenceModel {
    ResNet model{nullptr};
    TransformConfig transform;  ///< crop and resize of the run; the rest at defaults.
};

/// @brief Loads @p path for a dataset whose classes are @p categoryIds (in order) at
/// @p datasetRoot (named in the message when they differ). Throws taxa::Error for an
/// unreadable checkpoint or other classes.
InferenceModel loadInferenceModel(const std::string& path, const std::vector<int64_t>& categoryIds,
                                  const std::string& datasetRoot, torch::Device device);

/// @brief The category ids of a dataset's classes, in class order.
template <class Categories>
std::vector<int64_t> categoryIdsOf(const Categories& categories) {
    std::vector<int64_t> ids;
    ids.reserve(categories.size());
    for (const auto& c : categories)
        ids.push_back(c.id);
    return ids;
}

/// @brief The centre view (the "centre" test-time plan, as predict() uses by default) of the
/// encoded image @p bytes as a 1 x 3 x C x C tensor; @p window receives where it lies in the
/// source image. Throws ImageError for an undecodable image.
torch::Tensor centreView(const std::vector<uint8_t>& bytes, const TransformConfig& transform,
                         CropWindow* window = nullptr);

}  // namespace taxa
