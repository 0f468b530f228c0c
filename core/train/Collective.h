#pragma once
/// @file Collective.h
/// @brief The process group of a data-parallel run on PyTorch's own c10d: rendezvous through
/// the run's store (a StoreServer hosted by rank 0, or torchrun's agent's TCPStore), then Gloo
/// on the CPU or NCCL on CUDA where the LibTorch has it. Every failure of a peer (killed,
/// crashed, unreachable for the timeout) becomes one taxa::Error saying so, on every rank that
/// notices.

#include <torch/types.h>

#include <memory>
#include <string>
#include <vector>

#include "model/Norm.h"
#include "train/DistEnv.h"

namespace taxa {

class Collective : public AllReduceSum {
  public:
    /// @brief Joins the job described by @p env, for tensors on @p device. Throws taxa::Error
    /// if the rendezvous fails within the timeout or no backend fits the device.
    Collective(const DistEnv& env, torch::Device device);
    ~Collective() override;

    int rank() const { return env_.rank; }
    int size() const { return env_.worldSize; }
    const std::string& backend() const { return backend_; }

    /// @brief Sums @p t over all ranks, in place; returns when done.
    void sum(torch::Tensor& t) override;
    /// @brief Starts summing @p t in place; wait() for it. Calls are matched across ranks by
    /// their order, so every rank must start the same sums in the same order.
    class Pending;
    std::shared_ptr<Pending> sumAsync(torch::Tensor& t);
    void wait(Pending& pending);
    /// @brief Rank 0's values of @p tensors on every rank (coalesced by type).
    void broadcast(const std::vector<torch::Tensor>& tensors);
    /// @brief Rank 0's @p text on every rank (what the others pass is ignored).
    std::string fromRankZero(const std::string& key, const std::string& text);
    /// @brief Rank 0 receives every rank's @p text (its own first); others get nothing.
    std::vector<std::string> gatherText(const std::string& key, const std::string& text);
    /// @brief Seconds spent inside collectives so far (waiting included).
    double seconds() const { return seconds_; }

  private:
    struct Impl;
    [[noreturn]] void fail(const std::exception& e) const;
    DistEnv env_;
    std::string backend_;
    std::unique_ptr<Impl> impl_;
    double seconds_ = 0;
};

}  // namespace taxa
