#pragma once
/// @file ResNet.h
/// @brief ResNet-18/34/50/101/152 classifiers with torchvision's parameter names and shapes
/// (so torchvision weights load by name), an average-pool or iSQRT-COV head, and freezing by
/// stage or by "the last K residual blocks".

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/types.h>

#include <string>
#include <vector>

#include "model/CovPool.h"
#include "model/ModelConfig.h"
#include "model/Norm.h"

namespace taxa {

/// @brief The 3x3 + 3x3 block of ResNet-18/34 (expansion 1).
class BasicBlockImpl : public torch::nn::Module {
  public:
    BasicBlockImpl(int64_t in, int64_t planes, int64_t stride);
    torch::Tensor forward(const torch::Tensor& x);
    static constexpr int64_t kExpansion = 1;

  private:
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
    Norm2d bn1{nullptr}, bn2{nullptr};
    torch::nn::Sequential downsample{nullptr};
};
TORCH_MODULE(BasicBlock);

/// @brief The 1x1 + 3x3 + 1x1 block of ResNet-50/101/152 (expansion 4; stride on the 3x3,
/// as torchvision's "ResNet v1.5").
class BottleneckImpl : public torch::nn::Module {
  public:
    BottleneckImpl(int64_t in, int64_t planes, int64_t stride);
    torch::Tensor forward(const torch::Tensor& x);
    static constexpr int64_t kExpansion = 4;

  private:
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    Norm2d bn1{nullptr}, bn2{nullptr}, bn3{nullptr};
    torch::nn::Sequential downsample{nullptr};
};
TORCH_MODULE(Bottleneck);

/// @brief A ResNet with a classification head. Parameter names follow torchvision
/// ("conv1.weight", "layer3.5.bn2.running_var", "fc.weight"); the iSQRT-COV head adds
/// "cov.conv.weight" and "cov.bn.*" and its FC takes d(d+1)/2 inputs.
class ResNetImpl : public torch::nn::Module {
  public:
    explicit ResNetImpl(const ModelConfig& config);

    /// @brief Logits (B x classes) of images (B x 3 x H x W).
    torch::Tensor forward(const torch::Tensor& images);
    /// @brief The last stage's feature map (B x C x h x w).
    torch::Tensor features(const torch::Tensor& images);
    /// @brief Logits from the last stage's feature map: the head (average pool or iSQRT-COV)
    /// and the FC; forward(x) is classify(features(x)).
    torch::Tensor classify(const torch::Tensor& features);
    /// @brief What the FC reads (B x C for the average head, B x d(d+1)/2 for iSQRT-COV): the
    /// penultimate features.
    torch::Tensor pooled(const torch::Tensor& features);

    /// @brief Which parameters learn: "all"; "head" (head only: for MPN-COV the 1x1 conv and
    /// FC, else the FC); "last:K" (the last K residual blocks + head; the 2018 winner used 9);
    /// "from:layerN" (stages N..4 + head). Frozen parts keep BatchNorm in eval mode. Throws
    /// taxa::Error for a malformed spec.
    void setTrainable(const std::string& spec);
    /// @brief Residual blocks in order (layer1.0 ... layer4.last), with their names.
    std::vector<std::pair<std::string, std::shared_ptr<torch::nn::Module>>> blocks() const;
    /// @brief Replaces the classifier with a fresh one for @p classes (new dataset).
    void resetClassifier(int classes);

    /// @brief Batch norm while training: "batch" (each rank's own statistics, the default),
    /// "frozen" (running statistics, as in eval; scale and shift still learn), or "sync"
    /// (statistics over all ranks through @p sum; per-rank when it is null).
    void setBatchNorm(const std::string& mode, const std::shared_ptr<AllReduceSum>& sum = nullptr);

    void train(bool on = true) override;
    const ModelConfig& config() const { return config_; }

    torch::nn::Linear fc{nullptr};

  private:
    ModelConfig config_;
    torch::nn::Conv2d conv1{nullptr};
    Norm2d bn1{nullptr};
    torch::nn::Sequential layer1{nullptr}, layer2{nullptr}, layer3{nullptr}, layer4{nullptr};
    CovPool cov{nullptr};
    int64_t featureChannels_ = 0;
    std::vector<std::shared_ptr<torch::nn::Module>> frozen_;  // modules kept in eval mode
    std::string batchNorm_ = "batch";
};
TORCH_MODULE(ResNet);

/// @brief Number of parameters (not buffers) of a module.
int64_t parameterCount(const torch::nn::Module& m);

/// @brief The device for "auto", "cpu" or "cuda"; "cuda" without a usable CUDA device is an
/// error with a clear message.
torch::Device chooseDevice(const std::string& wanted);
/// @brief Stores @p model's 4-D weights channels-last (NHWC), which cuDNN's bf16 convolutions
/// on tensor cores want; inputs should be channels-last too. For CUDA devices.
void toChannelsLast(torch::nn::Module& model);
/// @brief Sets LibTorch's intra-op threads (Debian's build starts with one); 0 = all cores.
void setTorchThreads(int threads);

}  // namespace taxa
