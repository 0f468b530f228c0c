#include "model/Norm.h"

#include <torch/torch.h>

namespace taxa {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// Shapes a per-channel vector (C) to broadcast over N x C x H x W.
torch::Tensor channels(const torch::Tensor& v) {
    return v.view({1, -1, 1, 1});
}

struct SyncBatchNorm : torch::autograd::Function<SyncBatchNorm> {
    static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x,
                                 const torch::Tensor& weight, const torch::Tensor& bias,
                                 torch::Tensor runningMean, torch::Tensor runningVar,
                                 double momentum, double eps, int64_t reducer) {
        auto* sum = reinterpret_cast<AllReduceSum*>(reducer);
        const int64_t c = x.size(1);
        const double local = double(x.numel() / c);
        torch::Tensor stats = torch::cat(
            {x.sum({0, 2, 3}).to(torch::kDouble), (x * x).sum({0, 2, 3}).to(torch::kDouble),
             torch::full({1}, local, x.options().dtype(torch::kDouble))});
        sum->sum(stats);
        const double n = stats[2 * c].item<double>();
        const torch::Tensor mean = stats.slice(0, 0, c) / n;
        const torch::Tensor var = (stats.slice(0, c, 2 * c) / n - mean * mean).clamp_min(0);
        const torch::Tensor invstd = (var + eps).rsqrt();
        {
            torch::NoGradGuard noGrad;
            runningMean.mul_(1 - momentum).add_(mean.to(runningMean.dtype()), momentum);
            runningVar.mul_(1 - momentum)
                .add_((var * (n / std::max(1.0, n - 1))).to(runningVar.dtype()), momentum);
        }
        const torch::Tensor m = mean.to(x.dtype()), s = invstd.to(x.dtype());
        ctx->save_for_backward({x, weight, m, s});
        ctx->saved_data["n"] = n;
        ctx->saved_data["reducer"] = reducer;
        return (x - channels(m)) * channels(s * weight) + channels(bias);
    }

    static variable_list backward(AutogradContext* ctx, variable_list grads) {
        const auto saved = ctx->get_saved_variables();
        const torch::Tensor &x = saved[0], &weight = saved[1], &mean = saved[2], &invstd = saved[3];
        const double n = ctx->saved_data["n"].toDouble();
        auto* sum = reinterpret_cast<AllReduceSum*>(ctx->saved_data["reducer"].toInt());
        const torch::Tensor dy = grads[0].contiguous();
        const int64_t c = x.size(1);
        const torch::Tensor xmu = x - channels(mean);
        const torch::Tensor sumDy = dy.sum({0, 2, 3}), sumDyXmu = (dy * xmu).sum({0, 2, 3});
        torch::Tensor both = torch::cat({sumDy, sumDyXmu}).to(torch::kDouble);
        sum->sum(both);
        const torch::Tensor meanDy = (both.slice(0, 0, c) / n).to(x.dtype());
        const torch::Tensor meanDyXmu = (both.slice(0, c, 2 * c) / n).to(x.dtype());
        const torch::Tensor dx =
            (dy - channels(meanDy) - xmu * channels(invstd * invstd * meanDyXmu)) *
            channels(invstd * weight);
        return {dx, sumDyXmu * invstd, sumDy, {}, {}, {}, {}, {}};
    }
};

}  // namespace

Norm2dImpl::Norm2dImpl(int64_t channels, double eps, double momentum)
    : eps_(eps), momentum_(momentum) {
    // As LibTorch's BatchNorm2d: identity affine, zero mean, unit variance.
    weight = register_parameter("weight", torch::ones({channels}));
    bias = register_parameter("bias", torch::zeros({channels}));
    running_mean = register_buffer("running_mean", torch::zeros({channels}));
    running_var = register_buffer("running_var", torch::ones({channels}));
    num_batches_tracked = register_buffer("num_batches_tracked", torch::tensor(0, torch::kLong));
}

torch::Tensor Norm2dImpl::forward(const torch::Tensor& x) {
    if (!is_training())
        return torch::batch_norm(x, weight, bias, running_mean, running_var, false, momentum_, eps_,
                                 /*cudnn_enabled=*/true);
    {
        torch::NoGradGuard noGrad;
        num_batches_tracked.add_(1);
    }
    if (!sum_) {
        return torch::batch_norm(x, weight, bias, running_mean, running_var, true, momentum_, eps_,
                                 true);
    }
    // GCC 14 reports -Warray-bounds and -Wstringop-overflow inside LibTorch 2.6's
    // Function::apply once it is inlined here: the reserve() of its std::vector<bool> of input
    // flags, a false positive of GCC's bounds analysis on vector<bool> (GCC 12 reports
    // nothing). Both are off for this call alone.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"
#pragma GCC diagnostic ignored "-Wstringop-overflow"
#endif
    return SyncBatchNorm::apply(x, weight, bias, running_mean, running_var, momentum_, eps_,
                                reinterpret_cast<int64_t>(sum_.get()));
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
}

}  // namespace taxa
