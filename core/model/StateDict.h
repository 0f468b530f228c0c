#pragma once
/// @file StateDict.h
/// @brief Weights out for PyTorch users: a checkpoint's parameters and buffers as a plain
/// state dict that Python's `torch.load` reads and torchvision's ResNet accepts with
/// `load_state_dict` (the average-pool head's keys are torchvision's; the iSQRT-COV head adds
/// `cov.conv.weight`, `cov.bn.*` and an `fc` of d(d+1)/2 inputs). Engine only: programs ask
/// for it through engine::Api::exportStateDict.

#include <string>

#include "model/StateDictTypes.h"

namespace taxa {

/// @brief Writes the weights of the checkpoint at @p checkpoint to @p out (atomically) as a
/// state dict in PyTorch's zip format. Throws taxa::Error naming the file.
ExportReport exportStateDict(const std::string& checkpoint, const std::string& out);

}  // namespace taxa
