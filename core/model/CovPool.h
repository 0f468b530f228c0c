#pragma once
/// @file CovPool.h
/// @brief iSQRT-COV (fast MPN-COV) global covariance pooling, the head of the 2018 winner:
/// covariance of the d-dim features over the H*W positions, trace pre-normalisation, N coupled
/// Newton-Schulz steps towards its square root, trace post-compensation, upper triangle.

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/types.h>

#include "model/Norm.h"

namespace taxa {

/// @brief Sigma = (1/M) Xc Xc^T of x (B x d x H x W, or B x d x M), Xc centred over positions.
torch::Tensor covariance(const torch::Tensor& x);

/// @brief Approximate matrix square root of SPD matrices (B x d x d) by @p iterations coupled
/// Newton-Schulz steps with trace pre-normalisation and post-compensation (REFERENCE.md).
torch::Tensor sqrtNewtonSchulz(const torch::Tensor& sigma, int iterations);

/// @brief Upper triangle with diagonal, row by row: B x d x d -> B x d(d+1)/2.
torch::Tensor upperTriangle(const torch::Tensor& m);

/// @brief covariance -> sqrtNewtonSchulz -> upperTriangle.
torch::Tensor isqrtCov(const torch::Tensor& x, int iterations);

/// @brief The pooling head: 1x1 conv to d with BN and ReLU, then isqrtCov; output size
/// d(d+1)/2 (12,880 for d = 160).
class CovPoolImpl : public torch::nn::Module {
  public:
    CovPoolImpl(int64_t inChannels, int64_t dim, int iterations);
    torch::Tensor forward(const torch::Tensor& features);
    int64_t outputSize() const { return dim_ * (dim_ + 1) / 2; }

    torch::nn::Conv2d conv{nullptr};
    Norm2d bn{nullptr};

  private:
    int64_t dim_;
    int iterations_;
};
TORCH_MODULE(CovPool);

}  // namespace taxa
