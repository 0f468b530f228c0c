#pragma once
/// @file Checkpoint.h
/// @brief Checkpoints: model and optimizer state, the full run config, the class mapping,
/// epoch/step and metrics, written atomically. Loading one of another architecture or class
/// count is refused by name; a corrupt file is an error, never a crash.

#include <torch/nn/module.h>
#include <torch/optim/optimizer.h>
#include <torch/serialize/input-archive.h>

#include <cstdint>
#include <string>
#include <vector>

#include "model/ModelConfig.h"

namespace taxa {

/// @brief Everything a checkpoint holds besides the tensors.
struct CheckpointMeta {
    ModelConfig model;
    std::string runConfig = "{}";      ///< The training config as JSON.
    std::vector<int64_t> categoryIds;  ///< Category id of each class index.
    int64_t epoch = 0;
    int64_t step = 0;
    std::string metrics = "{}";  ///< JSON.
    std::string samplerState;    ///< Sampler::saveState(), for exact resumption.
};

/// @brief Format version written into every checkpoint.
constexpr int kCheckpointVersion = 1;

/// @brief Writes model (and optimizer, if given) state with @p meta to @p path atomically.
void saveCheckpoint(const std::string& path, torch::nn::Module& model,
                    torch::optim::Optimizer* optimizer, const CheckpointMeta& meta);

/// @brief A checkpoint file read once: its metadata at hand, its tensors loaded on demand. A
/// checkpoint of a large network is hundreds of megabytes, so callers that need both the
/// metadata (to build the model) and the weights open it once through this.
class CheckpointFile {
  public:
    /// @brief Reads @p path. Throws taxa::Error for a missing, corrupt or foreign file.
    explicit CheckpointFile(std::string path);
    const CheckpointMeta& meta() const { return meta_; }
    /// @brief Loads into @p model (and @p optimizer, if given) after checking that the
    /// architecture and class count are @p expected's. Throws taxa::Error naming the
    /// difference; on any error the model is left untouched.
    void loadInto(torch::nn::Module& model, torch::optim::Optimizer* optimizer,
                  const ModelConfig& expected);

  private:
    std::string path_;
    torch::serialize::InputArchive archive_;
    CheckpointMeta meta_;
};

/// @brief Reads only the metadata. Throws taxa::Error for a missing, corrupt or foreign file.
CheckpointMeta readCheckpointMeta(const std::string& path);

/// @brief Loads into @p model (and @p optimizer, if given) after checking that the checkpoint's
/// architecture and class count are @p expected's; returns the metadata. Throws taxa::Error
/// naming the difference; on any error the model is left untouched.
CheckpointMeta loadCheckpoint(const std::string& path, torch::nn::Module& model,
                              torch::optim::Optimizer* optimizer, const ModelConfig& expected);

}  // namespace taxa
