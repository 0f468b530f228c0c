#pragma once
/// @file WeightImport.h
/// @brief Initialising a model from a TorchScript file by parameter name: how a user brings
/// pretrained weights (e.g. a torchvision ResNet traced and saved from Python).

#include <torch/nn/module.h>

#include <string>
#include <vector>

namespace taxa {

/// @brief What an import did.
struct ImportReport {
    std::vector<std::string> matched;  ///< Copied: same name and shape.
    std::vector<std::string> missing;  ///< In the model, not in the file (left as they were).
    std::vector<std::string>
        wrongShape;  ///< Same name, other shape, e.g. "fc.weight [1000,2048] vs [8142,2048]".
    std::vector<std::string> unexpected;  ///< In the file, not in the model.
    /// @brief One line, e.g. "matched 318, missing 2, wrong shape 2, unexpected 0".
    std::string summary() const;
};

/// @brief Copies every parameter and buffer of the TorchScript module at @p path whose name
/// and shape match one of @p model's. Throws taxa::Error if the file is not a TorchScript
/// archive.
ImportReport importWeights(torch::nn::Module& model, const std::string& path);

}  // namespace taxa
