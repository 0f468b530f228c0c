// Timings of the model code, for bench/run_model_bench.sh to set against PyTorch's Python API:
// forward + backward of the iSQRT-COV head (batch 8, d = 160, 14x14 and 28x28) and one
// ResNet-18 SGD training step at 112 px, batch 32, and a classifier step at 8,142 classes. Prints
// JSON (median milliseconds). Usage: bench_model [THREADS] [REPEATS]

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

#include "model/CovPool.h"
#include "model/ResNet.h"
#include "util/MemoryPolicy.h"

namespace {

template <class Fn>
double medianMs(int repeats, Fn fn) {
    fn();  // warm-up: allocator and kernels
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// Median milliseconds of one SGD step of @p net (cross-entropy) on a fixed batch.
template <class Net>
double sgdStepMs(int repeats, Net& net, torch::optim::SGD& sgd, const torch::Tensor& inputs,
                 const torch::Tensor& labels) {
    return medianMs(repeats, [&] {
        sgd.zero_grad();
        torch::nn::functional::cross_entropy(net->forward(inputs), labels).backward();
        sgd.step();
    });
}

}  // namespace

int main(int argc, char** argv) {
    const int threads = argc > 1 ? std::atoi(argv[1]) : 2;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 10;
    taxa::setTorchThreads(threads);
    torch::manual_seed(0);
    // As the trainer and predictor do; TAXA_BENCH_MALLOC_DEFAULTS=1 measures without it.
    std::optional<taxa::ReuseFreedMemory> reuse;
    if (!std::getenv("TAXA_BENCH_MALLOC_DEFAULTS")) reuse.emplace();

    double head[2];
    const int sizes[2] = {14, 28};
    for (int i = 0; i < 2; ++i) {
        const torch::Tensor x = torch::randn({8, 160, sizes[i], sizes[i]}).requires_grad_(true);
        head[i] = medianMs(repeats, [&] {
            x.mutable_grad() = torch::Tensor();
            taxa::isqrtCov(x, 3).sum().backward();
        });
    }

    taxa::ModelConfig cfg;
    cfg.arch = "resnet18";
    taxa::ResNet net(cfg);
    net->train();
    torch::optim::SGD sgd(net->parameters(),
                          torch::optim::SGDOptions(0.1).momentum(0.9).weight_decay(1e-4));
    const torch::Tensor images = torch::randn({32, 3, 112, 112});
    const torch::Tensor labels = torch::randint(0, 1000, {32}, torch::kLong);
    const double step = sgdStepMs(repeats, net, sgd, images, labels);

    // The classifier of a ResNet-50 at the full 2018 class count (2048 -> 8,142) on a batch of
    // feature vectors: nothing but matrix products on the system's BLAS.
    torch::nn::Linear fc(2048, 8142);
    torch::optim::SGD fcSgd(fc->parameters(), torch::optim::SGDOptions(0.1).momentum(0.9));
    const torch::Tensor features = torch::randn({32, 2048});
    const torch::Tensor fcLabels = torch::randint(0, 8142, {32}, torch::kLong);
    const double classifier = sgdStepMs(repeats, fc, fcSgd, features, fcLabels);
    std::printf(
        "{\"threads\": %d, \"cov_14_ms\": %.3f, \"cov_28_ms\": %.3f, \"resnet18_step_ms\": %.2f, "
        "\"classifier_8142_step_ms\": %.2f}\n",
        threads, head[0], head[1], step, classifier);
    return 0;
}
