#pragma once
/// @file GradientReducer.h
/// @brief Averages gradients over the ranks of a data-parallel run as PyTorch's
/// DistributedDataParallel does: the trainable parameters go into flat buckets of about 25 MB
/// in reverse order (gradients arrive roughly last layer first), each gradient is scaled by
/// 1/world size as it is copied in, and a bucket's all-reduce (a sum: Gloo has no average)
/// starts as soon as its last gradient is ready, while the backward computes the rest. The
/// ready signal is a post hook on each parameter's gradient accumulator (what DDP's reducer
/// uses; it exists in LibTorch 1.13 and 2.x alike). Buckets start strictly in order, so every
/// rank issues the same collectives in the same order.

#include <torch/types.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "train/Collective.h"

namespace taxa {

class GradientReducer {
  public:
    /// @brief Buckets @p params (the trainable ones) of at most @p bucketMb each (one parameter
    /// larger than that gets a bucket of its own). With @p overlap, hooks their accumulators.
    GradientReducer(Collective& comm, std::vector<torch::Tensor> params, double bucketMb,
                    bool overlap);
    ~GradientReducer();
    GradientReducer(const GradientReducer&) = delete;
    GradientReducer& operator=(const GradientReducer&) = delete;

    /// @brief Before each backward: forget the last step's readiness.
    void prepare();
    /// @brief After the backward: starts what has not started, waits for every bucket and
    /// writes the averaged gradients back. Throws taxa::Error if a peer failed.
    void finish();
    size_t buckets() const { return buckets_.size(); }
    /// @brief Seconds finish() waited (the communication the backward did not hide).
    double exposedSeconds() const { return exposedSeconds_; }

  private:
    struct Bucket;
    void onReady(size_t param);
    void launchReady();  // with mutex_ held
    void launch(Bucket& b);

    Collective& comm_;
    std::vector<torch::Tensor> params_;
    std::vector<size_t> bucketOf_;  // per parameter
    std::vector<std::unique_ptr<Bucket>> buckets_;
    size_t nextToLaunch_ = 0;
    std::mutex mutex_;
    std::vector<std::pair<std::shared_ptr<torch::autograd::Node>, uintptr_t>> hooks_;
    double exposedSeconds_ = 0;
};

}  // namespace taxa
