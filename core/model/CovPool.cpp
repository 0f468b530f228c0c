#include "model/CovPool.h"

#include <torch/torch.h>

namespace taxa {

torch::Tensor covariance(const torch::Tensor& x) {
    const auto b = x.size(0), d = x.size(1);
    const torch::Tensor flat = x.reshape({b, d, -1});
    const auto m = flat.size(2);
    const torch::Tensor centred = flat - flat.mean(2, /*keepdim=*/true);
    return torch::bmm(centred, centred.transpose(1, 2)) / static_cast<double>(m);
}

torch::Tensor sqrtNewtonSchulz(const torch::Tensor& sigma, int iterations) {
    const auto d = sigma.size(1);
    const torch::Tensor eye = torch::eye(d, sigma.options()).expand_as(sigma);
    const torch::Tensor trace = sigma.diagonal(0, 1, 2).sum(1).view({-1, 1, 1});
    const torch::Tensor a = sigma / trace;
    const torch::Tensor threeI = 3.0 * eye;
    torch::Tensor y;
    if (iterations < 2) {
        y = a.bmm(threeI - a) * 0.5;
    } else {
        torch::Tensor t = (threeI - a) * 0.5;
        y = a.bmm(t);
        torch::Tensor z = t;
        for (int k = 2; k < iterations; ++k) {
            t = (threeI - z.bmm(y)) * 0.5;
            y = y.bmm(t);
            z = t.bmm(z);
        }
        y = y.bmm(threeI - z.bmm(y)) * 0.5;
    }
    return y * trace.sqrt();
}

torch::Tensor upperTriangle(const torch::Tensor& m) {
    const auto d = m.size(1);
    // Row-major (i <= j) positions in the flattened d x d matrix.
    const torch::Tensor idx =
        torch::triu_indices(d, d, 0, torch::TensorOptions().dtype(torch::kLong).device(m.device()));
    const torch::Tensor flat = idx[0] * d + idx[1];
    return m.reshape({m.size(0), d * d}).index_select(1, flat);
}

torch::Tensor isqrtCov(const torch::Tensor& x, int iterations) {
    return upperTriangle(sqrtNewtonSchulz(covariance(x), iterations));
}

CovPoolImpl::CovPoolImpl(int64_t inChannels, int64_t dim, int iterations)
    : dim_(dim), iterations_(iterations) {
    conv = register_module(
        "conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, dim, 1).bias(false)));
    bn = register_module("bn", Norm2d(dim));
}

torch::Tensor CovPoolImpl::forward(const torch::Tensor& features) {
    torch::Tensor x = bn(conv(features)).relu_();  // BN's backward needs its input only
    // The square root is ill-conditioned in half precision: always compute it in float32 or
    // better, whatever autocast chose for the convolution.
    if (x.scalar_type() == torch::kHalf || x.scalar_type() == torch::kBFloat16)
        x = x.to(torch::kFloat32);
    return isqrtCov(x, iterations_);
}

}  // namespace taxa
