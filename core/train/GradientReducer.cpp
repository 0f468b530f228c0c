#include "train/GradientReducer.h"

#include <torch/csrc/autograd/function.h>
#include <torch/csrc/autograd/utils/lambda_post_hook.h>
#include <torch/csrc/autograd/variable.h>
#include <torch/torch.h>

#include <chrono>

namespace taxa {

struct GradientReducer::Bucket {
    std::vector<size_t> params;  // indices into params_
    std::vector<int64_t> offsets;
    torch::Tensor flat;
    size_t waiting = 0;  // parameters whose gradient has not arrived this step
    bool launched = false;
    std::shared_ptr<Collective::Pending> pending;  // shared: Pending is opaque here
};

GradientReducer::GradientReducer(Collective& comm, std::vector<torch::Tensor> params,
                                 double bucketMb, bool overlap)
    : comm_(comm), params_(std::move(params)), bucketOf_(params_.size()) {
    const double cap = bucketMb * 1024 * 1024;
    double bytes = cap;  // start a bucket with the first parameter
    for (size_t k = params_.size(); k-- > 0;) {
        const torch::Tensor& p = params_[k];
        const double size = double(p.numel()) * double(p.element_size());
        const bool sameType =
            !buckets_.empty() && buckets_.back()->flat.scalar_type() == p.scalar_type();
        if (bytes + size > cap || !sameType) {
            buckets_.push_back(std::make_unique<Bucket>());
            buckets_.back()->flat = torch::empty({0}, p.options());
            bytes = 0;
        }
        Bucket& b = *buckets_.back();
        b.offsets.push_back(b.flat.numel());
        b.params.push_back(k);
        b.flat = torch::empty({b.flat.numel() + p.numel()}, p.options());
        bucketOf_[k] = buckets_.size() - 1;
        bytes += size;
    }
    if (!overlap) return;
    for (size_t k = 0; k < params_.size(); ++k) {
        auto acc = torch::autograd::impl::grad_accumulator(params_[k]);
        const uintptr_t key =
            acc->add_post_hook(std::make_unique<torch::autograd::utils::LambdaPostHook>(
                [this, k](const torch::autograd::variable_list& outputs,
                          const torch::autograd::variable_list&) {
                    onReady(k);
                    return outputs;
                }));
        hooks_.emplace_back(std::move(acc), key);  // the parameter only holds a weak_ptr
    }
}

GradientReducer::~GradientReducer() {
    for (auto& [acc, key] : hooks_)
        acc->del_post_hook(key);
}

void GradientReducer::prepare() {
    std::lock_guard<std::mutex> lock(mutex_);
    nextToLaunch_ = 0;
    for (auto& b : buckets_) {
        b->waiting = b->params.size();
        b->launched = false;
        b->pending.reset();
    }
}

void GradientReducer::onReady(size_t param) {
    std::lock_guard<std::mutex> lock(mutex_);
    Bucket& b = *buckets_[bucketOf_[param]];
    if (b.waiting > 0) --b.waiting;
    launchReady();
}

void GradientReducer::launchReady() {
    while (nextToLaunch_ < buckets_.size() && buckets_[nextToLaunch_]->waiting == 0)
        launch(*buckets_[nextToLaunch_++]);
}

void GradientReducer::launch(Bucket& b) {
    torch::NoGradGuard noGrad;
    const double scale = 1.0 / comm_.size();
    for (size_t i = 0; i < b.params.size(); ++i) {
        const torch::Tensor& p = params_[b.params[i]];
        torch::Tensor view = b.flat.narrow(0, b.offsets[i], p.numel());
        if (p.grad().defined())
            torch::mul_out(view, p.grad().reshape({-1}), scale);
        else
            view.zero_();  // a parameter the loss did not reach contributes nothing
    }
    b.launched = true;
    b.pending = comm_.sumAsync(b.flat);
}

void GradientReducer::finish() {
    const auto t0 = std::chrono::steady_clock::now();
    {
        std::lock_guard<std::mutex> lock(mutex_);
        for (; nextToLaunch_ < buckets_.size(); ++nextToLaunch_)
            launch(*buckets_[nextToLaunch_]);
    }
    torch::NoGradGuard noGrad;
    for (auto& b : buckets_) {
        comm_.wait(*b->pending);
        for (size_t i = 0; i < b->params.size(); ++i) {
            torch::Tensor& p = params_[b->params[i]];
            const torch::Tensor view = b->flat.narrow(0, b->offsets[i], p.numel()).view_as(p);
            if (p.grad().defined())
                p.mutable_grad().copy_(view);
            else
                p.mutable_grad() = view.clone();
        }
    }
    exposedSeconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace taxa
