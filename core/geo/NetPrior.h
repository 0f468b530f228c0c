#pragma once
/// @file NetPrior.h
/// @brief The network prior of Mac Aodha, Cole and Perona (ICCV 2019), evaluated without
/// LibTorch: the 6 encoded inputs, a 6 -> H linear layer and ReLU, B residual blocks (linear,
/// ReLU, dropout, linear, ReLU, plus the block's input), and a bias-free H -> K class layer with
/// a sigmoid. Training is the engine's (geo/GeoNet.cpp); both sides name the weights here.

#include <string>
#include <vector>

#include "geo/GeoEncoding.h"
#include "geo/GeoFile.h"

namespace taxa::geo {

/// @brief The shape of the network.
struct NetShape {
    int hidden = 256;  ///< Units per layer.
    int blocks = 4;    ///< Residual blocks.
    int classes = 0;
};

/// @brief Names of the weights in a GEO file, as PyTorch would name the authors' FCNet
/// parameters: "in.weight" [H, 6], "in.bias" [H], "block<b>.w<1|2>.weight" [H, H] and
/// ".bias" [H], "class.weight" [K, H].
std::string inWeightName();
std::string inBiasName();
std::string blockWeightName(int block, int layer);
std::string blockBiasName(int block, int layer);
std::string classWeightName();

/// @brief A network prior read from a GeoFile, ready to evaluate.
class NetPrior {
  public:
    /// @brief Checks every weight's shape; throws taxa::Error naming @p label.
    NetPrior(const GeoFile& f, const std::string& label);
    const NetShape& shape() const { return shape_; }
    /// @brief The sigmoid outputs for @p n points into @p out (n x K, row-major).
    void evaluate(const GeoPoint* points, size_t n, float* out) const;

  private:
    NetShape shape_;
    const float* inW_ = nullptr;
    const float* inB_ = nullptr;
    std::vector<const float*> blockW_, blockB_;  ///< [2 b + layer].
    const float* classW_ = nullptr;
};

}  // namespace taxa::geo
