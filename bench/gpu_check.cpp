// The CUDA checks of scripts/gpu-check.sh, as a plain program (the GPU machine has no Qt):
// bf16 autocast scoped by its guard, training steps, pinned loader batches, a checkpoint saved
// on the GPU resumed on the CPU and back bit for bit, prediction with TTA agreeing with the
// CPU's. With --cpu the same run end to end on the CPU (the CUDA-only checks say so).
// Usage: gpu_check DEMO_DATASET WORK_DIR [--cpu]; exit status 0 when every check passed.

#include <torch/torch.h>

#include <cstdio>
#include <cstring>
#include <filesystem>

#include "data/BatchLoader.h"
#include "dataset/DatasetLoader.h"
#include "dataset/Taxonomy.h"
#include "eval/Predictor.h"
#include "model/Checkpoint.h"
#include "model/ResNet.h"
#include "train/Autocast.h"
#include "train/DataSplits.h"
#include "train/Trainer.h"

using namespace taxa;

namespace {

int failures = 0;

void report(const char* name, bool ok, const std::string& detail) {
    std::printf("%s  %-44s %s\n", ok ? "PASS" : "FAIL", name, detail.c_str());
    std::fflush(stdout);
    if (!ok) ++failures;
}

void skip(const char* name, const char* why) {
    std::printf("SKIP  %-44s %s\n", name, why);
}

bool sameWeights(torch::nn::Module& a, torch::nn::Module& b) {
    auto pb = b.named_parameters();
    for (const auto& p : a.named_parameters())
        if (!torch::equal(p.value().cpu(), pb[p.key()].cpu())) return false;
    auto bb = b.named_buffers();
    for (const auto& x : a.named_buffers())
        if (!torch::equal(x.value().cpu(), bb[x.key()].cpu())) return false;
    return true;
}

void checkAutocast() {
    ModelConfig mc;
    mc.arch = "resnet18";
    mc.classes = 10;
    ResNet model(mc);
    model->to(torch::kCUDA);
    toChannelsLast(*model);
    const torch::Tensor x =
        torch::randn({4, 3, 64, 64}, torch::kCUDA).contiguous(at::MemoryFormat::ChannelsLast);
    torch::Tensor inside;
    {
        const CudaAutocast guard(true, at::kBFloat16);
        inside = model->forward(x);
    }
    const torch::Tensor outside = model->forward(x);
    report("bf16 autocast inside its guard only",
           inside.scalar_type() == torch::kBFloat16 && outside.scalar_type() == torch::kFloat32,
           std::string(c10::toString(inside.scalar_type())) + " inside, " +
               c10::toString(outside.scalar_type()) + " after");
}

std::string trainSteps(const Dataset& ds, const Taxonomy& tax, const std::string& dir,
                       const std::string& device) {
    TrainConfig c = TrainConfig::preset("quick-cpu");
    c.device = device;
    c.mixedPrecision = true;
    c.batchSize = 16;
    c.stages = {StageConfig{"train", "all", "train", 1, 0.02}};
    c.maxStepsPerEpoch = 6;
    std::filesystem::remove_all(dir);
    Trainer t(ds, tax, c, dir);
    const TrainResult r = t.run();
    report("training steps (bf16 on CUDA)", r.finished && std::isfinite(r.last.loss),
           std::to_string(r.steps) + " steps, loss " + std::to_string(r.last.loss) + ", " +
               std::to_string(int(r.last.imagesPerSecond)) + " images/s");
    return dir + "/checkpoints/last.pt";
}

void checkPinned(const Dataset& ds, bool cuda) {
    BatchLoaderOptions o;
    o.batchSize = 8;
    o.pinMemory = true;
    BatchLoader loader(runData(ds).train, o);
    std::vector<int64_t> order{0, 1, 2, 3, 4, 5, 6, 7};
    loader.startEpoch(order, 0);
    const auto batch = loader.next();
    const bool pinned = batch && batch->images.is_pinned();
    report("loader batches in pinned memory", pinned == cuda,
           pinned ? "pinned" : "pageable (no CUDA)");
}

void checkRoundTrip(const std::string& checkpoint, const std::string& dir, bool cuda) {
    const torch::Device gpu = cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    CheckpointFile file(checkpoint);
    const ModelConfig mc = file.meta().model;
    ResNet onGpu(mc), onCpu(mc), back(mc);
    onGpu->to(gpu);
    file.loadInto(*onGpu, nullptr, mc);
    file.loadInto(*onCpu, nullptr, mc);
    const bool toCpu = sameWeights(*onGpu, *onCpu);
    saveCheckpoint(dir + "/from-cpu.pt", *onCpu, nullptr, file.meta());
    back->to(gpu);
    CheckpointFile(dir + "/from-cpu.pt").loadInto(*back, nullptr, mc);
    const bool toGpu = sameWeights(*back, *onGpu);
    report("checkpoint GPU -> CPU -> GPU, bit for bit", toCpu && toGpu,
           std::string(toCpu ? "CPU equal" : "CPU differs") + ", " +
               (toGpu ? "GPU equal" : "GPU differs"));
}

void checkPrediction(const Dataset& ds, const std::string& checkpoint, bool cuda) {
    PredictOptions o;
    o.checkpoints = {checkpoint};
    o.tta = "dense2+flip";
    o.device = "cpu";
    const PredictionSet cpu = predict(ds, Split::Val, o);
    if (!cuda) {
        report("prediction with TTA (dense2+flip)", !cpu.rows.empty(),
               std::to_string(cpu.rows.size()) + " images");
        return;
    }
    o.device = "cuda";
    const PredictionSet gpu = predict(ds, Split::Val, o);
    size_t same = 0;
    float worst = 0;
    for (size_t i = 0; i < cpu.rows.size(); ++i) {
        same += cpu.rows[i].classes[0] == gpu.rows[i].classes[0];
        worst = std::max(worst, std::abs(cpu.rows[i].scores[0] - gpu.rows[i].scores[0]));
    }
    report("prediction with TTA, CUDA against CPU",
           same * 100 >= cpu.rows.size() * 99 && worst < 1e-2f,
           std::to_string(same) + "/" + std::to_string(cpu.rows.size()) +
               " same top-1, top score differs by at most " + std::to_string(worst));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: gpu_check DEMO_DATASET WORK_DIR [--cpu]\n");
        return 2;
    }
    const bool cpuMode = argc > 3 && !std::strcmp(argv[3], "--cpu");
    const bool cuda = !cpuMode && torch::cuda::is_available();
    if (!cpuMode && !cuda) {
        std::fprintf(stderr, "gpu_check: this LibTorch sees no CUDA device (use --cpu)\n");
        return 1;
    }
    setTorchThreads(0);
    try {
        const Dataset ds = loadDataset(argv[1]);
        const Taxonomy tax = Taxonomy::build(ds);
        const std::string work = argv[2];
        if (cuda)
            checkAutocast();
        else
            skip("bf16 autocast inside its guard only", "CPU mode");
        const std::string last = trainSteps(ds, tax, work + "/run", cuda ? "cuda" : "cpu");
        checkPinned(ds, cuda);
        checkRoundTrip(last, work, cuda);
        checkPrediction(ds, last, cuda);
    } catch (const std::exception& e) {
        report("no errors", false, e.what());
    }
    std::printf("%s\n", failures ? "SOME CHECKS FAILED" : "ALL CHECKS PASSED");
    return failures ? 1 : 0;
}
