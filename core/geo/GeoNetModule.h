#pragma once
/// @file GeoNetModule.h
/// @brief The network prior as a LibTorch module and its loss: for the engine's code and its
/// tests only (includes LibTorch). See GeoNet.h for the definitions.

#include <torch/torch.h>

#include "geo/GeoFile.h"
#include "geo/NetPrior.h"
#include "util/Rng.h"

namespace taxa::geo {

/// @brief Linear, ReLU, dropout, linear, ReLU, plus the input (the authors' ResLayer).
struct ResBlockImpl : torch::nn::Module {
    ResBlockImpl(int64_t width, double dropout);
    torch::Tensor forward(const torch::Tensor& x);
    torch::nn::Linear w1{nullptr}, w2{nullptr};
    torch::nn::Dropout drop{nullptr};
};
TORCH_MODULE(ResBlock);

/// @brief The whole network; forward() gives the class logits (the sigmoid is the loss's).
struct GeoNetImpl : torch::nn::Module {
    GeoNetImpl(const NetShape& shape, double dropout);
    torch::Tensor forward(const torch::Tensor& encoded);
    NetShape shape;
    torch::nn::Linear in{nullptr}, cls{nullptr};
    std::vector<ResBlock> blocks;
};
TORCH_MODULE(GeoNet);

/// @brief The presence-only loss (GeoNet.h) from the logits at the photos' places
/// (N x K), their classes (N, int64) and the logits at random places (N x K).
torch::Tensor presenceOnlyLoss(const torch::Tensor& logits, const torch::Tensor& classes,
                               const torch::Tensor& randomLogits);

/// @brief @p n random places and dates, uniform over the sphere's area and the year, encoded
/// (n x 6, on the CPU).
torch::Tensor randomEncodedPoints(int64_t n, Rng& rng);

/// @brief The network's weights as a GEO file's tensors, named as NetPrior reads them.
void exportWeights(GeoNet& net, GeoFile& out);

}  // namespace taxa::geo
