#pragma once
/// @file Norm.h
/// @brief Batch norm for data-parallel training: per-rank statistics (PyTorch DDP's default),
/// or statistics synchronised over all ranks (SyncBatchNorm) through an injected all-reduce.
/// The parameter and buffer names are LibTorch's BatchNorm2d's and torchvision's (weight, bias,
/// running_mean, running_var, num_batches_tracked), so checkpoints and state dicts fit.

#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>
#include <torch/types.h>

#include <memory>

namespace taxa {

/// @brief Sums tensors in place over every rank of a data-parallel run.
class AllReduceSum {
  public:
    virtual ~AllReduceSum() = default;
    virtual void sum(torch::Tensor& t) = 0;
};

/// @brief BatchNorm2d whose training statistics can span all ranks.
///
/// Synchronised (training mode only): per-channel sums of x and x^2 and the element count are
/// all-reduced to give the global mean and variance; the backward all-reduces the sums of dy
/// and dy * (x - mean), which the input gradient needs from every rank. The gradients of the
/// scale and shift stay local (the gradient reducer averages them like any other). The same
/// algorithm as PyTorch's SyncBatchNorm, whose statistics kernels LibTorch 1.13 lacks on the
/// CPU, written with plain tensor ops; sums are reduced in double precision.
/// (Not a subclass of LibTorch's BatchNorm2dImpl: its base's vtable entries are not exported
/// by libtorch, so a subclass cannot link.)
class Norm2dImpl : public torch::nn::Module {
  public:
    explicit Norm2dImpl(int64_t channels, double eps = 1e-5, double momentum = 0.1);
    torch::Tensor forward(const torch::Tensor& x);
    torch::Tensor weight, bias, running_mean, running_var, num_batches_tracked;
    /// @brief Statistics over all ranks through @p sum; nullptr for per-rank statistics.
    void synchronise(std::shared_ptr<AllReduceSum> sum) { sum_ = std::move(sum); }
    bool synchronised() const { return sum_ != nullptr; }

  private:
    double eps_, momentum_;
    std::shared_ptr<AllReduceSum> sum_;
};
TORCH_MODULE(Norm2d);

}  // namespace taxa
