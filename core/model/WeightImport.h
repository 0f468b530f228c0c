#pragma once
/// @file WeightImport.h
/// @brief Initialising a model from pretrained weights by parameter name: a plain PyTorch
/// state dict as torchvision saves it (`torch.save(model.state_dict(), path)`, e.g.
/// `resnet152-394f9c45.pth` from the hub cache), or a TorchScript file (a traced torchvision
/// model saved from Python).

#include <torch/nn/module.h>

#include <map>
#include <string>
#include <vector>

namespace taxa {

/// @brief What an import did.
struct ImportReport {
    std::string format;                ///< "state dict" or "TorchScript".
    std::vector<std::string> matched;  ///< Copied: same name and shape.
    std::vector<std::string> missing;  ///< In the model, not in the file (left as they were).
    std::vector<std::string>
        wrongShape;  ///< Same name, other shape, e.g. "fc.weight [1000,2048] vs [8142,2048]".
    std::vector<std::string> unexpected;  ///< In the file, not in the model.
    /// @brief One line, e.g. "matched 318, missing 2, wrong shape 2, unexpected 0".
    std::string summary() const;
};

/// @brief Named tensors of a weights file: a state dict (the zip format torch.save writes since
/// PyTorch 1.6; keys of a DataParallel model's "module." prefix stripped) or a TorchScript
/// archive's parameters and buffers. Every record's CRC is checked first. Throws taxa::Error
/// naming the file if it is neither, or corrupt.
std::map<std::string, torch::Tensor> readWeightsFile(const std::string& path,
                                                     std::string* format = nullptr);

/// @brief Copies every tensor of @p given whose name and shape match one of @p model's
/// parameters or buffers.
ImportReport copyMatching(torch::nn::Module& model, std::map<std::string, torch::Tensor> given);

/// @brief readWeightsFile() then copyMatching(). Throws taxa::Error if the file is unreadable
/// or if nothing in it matches the model (a wrong file would otherwise train from random
/// weights without a word).
ImportReport importWeights(torch::nn::Module& model, const std::string& path);

}  // namespace taxa
