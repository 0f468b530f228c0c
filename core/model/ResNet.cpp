#include "model/ResNet.h"

#include <torch/torch.h>
#if TAXA_TORCH_CUDA
#include <c10/cuda/CUDAFunctions.h>
#endif

#include <thread>

#include "util/Error.h"

namespace taxa {

namespace nn = torch::nn;

namespace {

nn::Conv2d conv(int64_t in, int64_t out, int64_t k, int64_t stride, int64_t pad) {
    return nn::Conv2d(nn::Conv2dOptions(in, out, k).stride(stride).padding(pad).bias(false));
}

nn::Sequential maybeDownsample(int64_t in, int64_t out, int64_t stride) {
    if (stride == 1 && in == out) return nullptr;
    return nn::Sequential(conv(in, out, 1, stride, 0), Norm2d(out));
}

struct Depths {
    std::array<int, 4> blocks;
    bool bottleneck;
};

Depths depthsOf(const std::string& arch) {
    if (arch == "resnet18") return {{2, 2, 2, 2}, false};
    if (arch == "resnet34") return {{3, 4, 6, 3}, false};
    if (arch == "resnet50") return {{3, 4, 6, 3}, true};
    if (arch == "resnet101") return {{3, 4, 23, 3}, true};
    if (arch == "resnet152") return {{3, 8, 36, 3}, true};
    throw Error("unknown architecture '" + arch + "'");
}

}  // namespace

BasicBlockImpl::BasicBlockImpl(int64_t in, int64_t planes, int64_t stride) {
    conv1 = register_module("conv1", conv(in, planes, 3, stride, 1));
    bn1 = register_module("bn1", Norm2d(planes));
    conv2 = register_module("conv2", conv(planes, planes, 3, 1, 1));
    bn2 = register_module("bn2", Norm2d(planes));
    if (auto ds = maybeDownsample(in, planes, stride))
        downsample = register_module("downsample", ds);
}

// In place where torchvision is: batch norm's backward needs its input, not its output, so
// ReLU and the residual sum may overwrite the output and save an allocation each.
torch::Tensor BasicBlockImpl::forward(const torch::Tensor& x) {
    torch::Tensor out = bn1(conv1(x)).relu_();
    out = bn2(conv2(out));
    out += downsample ? downsample->forward(x) : x;
    return torch::relu_(out);
}

BottleneckImpl::BottleneckImpl(int64_t in, int64_t planes, int64_t stride) {
    conv1 = register_module("conv1", conv(in, planes, 1, 1, 0));
    bn1 = register_module("bn1", Norm2d(planes));
    conv2 = register_module("conv2", conv(planes, planes, 3, stride, 1));
    bn2 = register_module("bn2", Norm2d(planes));
    conv3 = register_module("conv3", conv(planes, planes * kExpansion, 1, 1, 0));
    bn3 = register_module("bn3", Norm2d(planes * kExpansion));
    if (auto ds = maybeDownsample(in, planes * kExpansion, stride))
        downsample = register_module("downsample", ds);
}

torch::Tensor BottleneckImpl::forward(const torch::Tensor& x) {
    torch::Tensor out = bn1(conv1(x)).relu_();
    out = bn2(conv2(out)).relu_();
    out = bn3(conv3(out));
    out += downsample ? downsample->forward(x) : x;
    return torch::relu_(out);
}

ResNetImpl::ResNetImpl(const ModelConfig& config) : config_(config) {
    config_.validate();
    const Depths depths = depthsOf(config_.arch);
    conv1 = register_module("conv1", conv(3, 64, 7, 2, 3));
    bn1 = register_module("bn1", Norm2d(64));
    int64_t in = 64;
    nn::Sequential* stages[4] = {&layer1, &layer2, &layer3, &layer4};
    for (int s = 0; s < 4; ++s) {
        const int64_t planes = 64LL << s;
        int64_t stride = s == 0 ? 1 : 2;
        if (s == 3 && config_.lastStageStride1) stride = 1;
        nn::Sequential stage;
        for (int b = 0; b < depths.blocks[size_t(s)]; ++b) {
            if (depths.bottleneck) {
                stage->push_back(Bottleneck(in, planes, b == 0 ? stride : 1));
                in = planes * BottleneckImpl::kExpansion;
            } else {
                stage->push_back(BasicBlock(in, planes, b == 0 ? stride : 1));
                in = planes * BasicBlockImpl::kExpansion;
            }
        }
        *stages[s] = register_module("layer" + std::to_string(s + 1), stage);
    }
    featureChannels_ = in;
    if (config_.head == "mpncov")
        cov =
            register_module("cov", CovPool(featureChannels_, config_.covDim, config_.nsIterations));
    resetClassifier(config_.classes);

    // torchvision's initialisation: He (fan-out) for convolutions, BN at identity.
    torch::NoGradGuard noGrad;
    for (auto& m : modules(/*include_self=*/false)) {
        if (auto* c = m->as<nn::Conv2d>()) {
            nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanOut, torch::kReLU);
        } else if (auto* bn = m->as<Norm2d>()) {
            nn::init::ones_(bn->weight);
            nn::init::zeros_(bn->bias);
        }
    }
}

void ResNetImpl::resetClassifier(int classes) {
    config_.classes = classes;
    config_.validate();
    const int64_t inputs = cov ? cov->outputSize() : featureChannels_;
    const bool trainable = !fc || fc->weight.requires_grad();
    const bool first = !fc;
    fc = nn::Linear(inputs, classes);
    if (first)
        register_module("fc", fc);
    else
        replace_module("fc", fc);
    for (auto& p : fc->parameters())
        p.set_requires_grad(trainable);
}

torch::Tensor ResNetImpl::features(const torch::Tensor& images) {
    torch::Tensor x = bn1(conv1(images)).relu_();
    x = torch::max_pool2d(x, 3, 2, 1);
    return layer4->forward(layer3->forward(layer2->forward(layer1->forward(x))));
}

torch::Tensor ResNetImpl::forward(const torch::Tensor& images) {
    return classify(features(images));
}

torch::Tensor ResNetImpl::classify(const torch::Tensor& f) {
    return fc(pooled(f).to(fc->weight.scalar_type()));
}

torch::Tensor ResNetImpl::pooled(const torch::Tensor& f) {
    return cov ? cov(f) : f.mean({2, 3});
}

std::vector<std::pair<std::string, std::shared_ptr<nn::Module>>> ResNetImpl::blocks() const {
    std::vector<std::pair<std::string, std::shared_ptr<nn::Module>>> out;
    const nn::Sequential stages[4] = {layer1, layer2, layer3, layer4};
    for (int s = 0; s < 4; ++s) {
        const auto children = stages[s]->children();
        for (size_t b = 0; b < children.size(); ++b)
            out.emplace_back("layer" + std::to_string(s + 1) + "." + std::to_string(b),
                             children[b]);
    }
    return out;
}

void ResNetImpl::setTrainable(const std::string& spec) {
    // Decide per top-level part and per block, then apply.
    std::vector<std::shared_ptr<nn::Module>> trainable;
    const auto all = blocks();
    if (spec == "all") {
        trainable.push_back(conv1.ptr());
        trainable.push_back(bn1.ptr());
        for (const auto& b : all)
            trainable.push_back(b.second);
    } else if (spec.rfind("last:", 0) == 0) {
        const int k = std::atoi(spec.c_str() + 5);
        if (k < 0 || k > static_cast<int>(all.size()) || spec.size() == 5 ||
            std::to_string(k) != spec.substr(5))
            throw Error("trainable spec '" + spec + "': K must be 0.." +
                        std::to_string(all.size()));
        for (size_t i = all.size() - static_cast<size_t>(k); i < all.size(); ++i)
            trainable.push_back(all[i].second);
    } else if (spec.rfind("from:layer", 0) == 0) {
        const int first = std::atoi(spec.c_str() + 10);
        if (first < 1 || first > 4 || spec.size() != 11)
            throw Error("trainable spec '" + spec + "': use from:layer1 .. from:layer4");
        for (const auto& b : all)
            if (b.first[5] - '0' >= first) trainable.push_back(b.second);
    } else if (spec != "head") {
        throw Error("unknown trainable spec '" + spec + "' (all, head, last:K, from:layerN)");
    }
    frozen_.clear();
    auto setGrad = [](nn::Module& m, bool on) {
        for (auto& p : m.parameters())
            p.set_requires_grad(on);
    };
    setGrad(*this, false);
    std::vector<std::shared_ptr<nn::Module>> frozenParts = {conv1.ptr(), bn1.ptr()};
    for (const auto& b : all)
        frozenParts.push_back(b.second);
    for (auto& part : frozenParts) {
        const bool on = std::find(trainable.begin(), trainable.end(), part) != trainable.end();
        setGrad(*part, on);
        if (!on) frozen_.push_back(part);
    }
    setGrad(*fc, true);
    if (cov) setGrad(*cov, true);
    train(is_training());
}

void ResNetImpl::train(bool on) {
    nn::Module::train(on);
    if (!on) return;
    // A frozen part's BatchNorm keeps its statistics: running them in train mode would drift
    // the features the trainable layers are learning from.
    for (auto& part : frozen_)
        part->eval();
    if (batchNorm_ == "frozen")
        for (auto& m : modules(/*include_self=*/false))
            if (m->as<Norm2d>()) m->eval();
}

void ResNetImpl::setBatchNorm(const std::string& mode, const std::shared_ptr<AllReduceSum>& sum) {
    if (mode != "batch" && mode != "frozen" && mode != "sync")
        throw Error("unknown batch-norm mode '" + mode + "' (batch, frozen, sync)");
    batchNorm_ = mode;
    for (auto& m : modules(/*include_self=*/false))
        if (auto* bn = m->as<Norm2d>()) bn->synchronise(mode == "sync" ? sum : nullptr);
    train(is_training());
}

int64_t parameterCount(const nn::Module& m) {
    int64_t n = 0;
    for (const auto& p : m.parameters())
        n += p.numel();
    return n;
}

torch::Device chooseDevice(const std::string& wanted) {
    if (wanted == "cuda" && !torch::cuda::is_available()) {
#if TAXA_TORCH_CUDA
        // A CUDA build without a usable GPU: ask c10 again, failing this time, for the reason
        // (no driver, a driver too old, no device).
        std::string why = "no CUDA device found";
        try {
            c10::cuda::device_count_ensure_non_zero();
        } catch (const c10::Error& e) {
            why = e.msg().substr(0, e.msg().find('\n'));
        }
        throw Error("device cuda asked for, but this CUDA engine finds no usable GPU: " + why);
#else
        throw Error(
            "device cuda asked for, but this engine's LibTorch has no CUDA (a CPU-only build; "
            "taxa-cli --version names it)");
#endif
    }
    if (wanted == "cuda" || (wanted == "auto" && torch::cuda::is_available())) return torch::kCUDA;
    return torch::kCPU;
}

void toChannelsLast(nn::Module& model) {
    torch::NoGradGuard noGrad;
    for (auto& p : model.parameters())
        if (p.dim() == 4) p.set_data(p.data().contiguous(at::MemoryFormat::ChannelsLast));
}

void setTorchThreads(int threads) {
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(threads);
}

}  // namespace taxa
