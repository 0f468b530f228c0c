#include "eval/Saliency.h"

#include <torch/torch.h>

#include <filesystem>
#include <mutex>

#include "eval/EvidenceMap.h"
#include "eval/InferenceModel.h"
#include "image/ImageError.h"
#include "image/ImageFile.h"
#include "util/Error.h"
#include "util/SafePath.h"

namespace taxa {

namespace {

// The last checkpoint used: a person looks at one run's images one after another.
struct Cached {
    std::mutex mutex;
    std::string key;
    InferenceModel model;
};

// The same file, unchanged, for the same dataset's classes on the same device.
std::string cacheKey(const SaliencyRequest& r, const Dataset& ds) {
    std::error_code ec;
    const auto time = std::filesystem::last_write_time(r.checkpoint, ec);
    std::string key = r.checkpoint + '\n' + r.device + '\n' +
                      std::to_string(time.time_since_epoch().count()) + '\n' + ds.root;
    for (const auto& c : ds.categories)
        key += ' ' + std::to_string(c.id);
    return key;
}

void checkClass(int32_t c, int64_t classes, const char* which) {
    if (c < -1 || c >= classes)
        throw Error(std::string("saliency: class ") + which + " " + std::to_string(c) +
                    " is not one of the " + std::to_string(classes) + " classes");
}

std::vector<float> toVector(const torch::Tensor& t) {
    const torch::Tensor c = t.contiguous().to(torch::kFloat32).cpu();
    return {c.data_ptr<float>(), c.data_ptr<float>() + c.numel()};
}

}  // namespace

Evidence evidenceAt(ResNetImpl& net, const torch::Tensor& features, int64_t a, int64_t b) {
    const torch::AutoGradMode grad(true);
    const torch::Tensor f = features.detach().requires_grad_(true);
    const torch::Tensor logits = net.classify(f).to(torch::kFloat32);
    torch::Tensor target = logits[0][a];
    if (b >= 0) target = target - logits[0][b];
    const torch::Tensor g = torch::autograd::grad({target}, {f})[0];
    Evidence e;
    e.map = (g * f.detach()).sum(1)[0].to(torch::kFloat32).cpu();
    e.logitA = logits[0][a].item<float>();
    e.logitB = b >= 0 ? logits[0][b].item<float>() : 0.0f;
    return e;
}

SaliencyMap saliency(const Dataset& ds, const SaliencyRequest& r) {
    if (r.image >= ds.images.size())
        throw Error("saliency: image " + std::to_string(r.image) + " is not in " + ds.root);
    const auto classes = static_cast<int64_t>(ds.categories.size());
    checkClass(r.classA, classes, "A");
    checkClass(r.classB, classes, "B");
    const torch::Device device = chooseDevice(r.device);
    static Cached cache;
    const std::lock_guard<std::mutex> lock(cache.mutex);
    const std::string key = cacheKey(r, ds);
    if (key != cache.key) {
        cache.key.clear();  // stays empty if loading fails
        cache.model =
            loadInferenceModel(r.checkpoint, categoryIdsOf(ds.categories), ds.root, device);
        cache.key = key;
    }
    ResNetImpl& net = *cache.model.model;

    const std::string file = joinInside(ds.root, ds.fileName(ds.images[r.image]));
    std::vector<uint8_t> bytes;
    readImageFile(file, bytes);
    CropWindow window;
    torch::Tensor view;
    try {
        view = centreView(bytes, cache.model.transform, &window);
    } catch (const ImageError& e) {
        throw Error(file + ": " + e.what());
    }
    torch::Tensor features;
    int64_t a = r.classA;
    {
        const torch::NoGradGuard noGrad;
        features = net.features(view.to(device));
        if (a < 0) a = net.classify(features).argmax(1).item<int64_t>();
    }
    const Evidence e = evidenceAt(net, features, a, r.classB);
    const ImageSize size = sourceSize(bytes.data(), bytes.size(), cache.model.transform);

    SaliencyMap out;
    out.height = static_cast<int>(e.map.size(0));
    out.width = static_cast<int>(e.map.size(1));
    out.raw = toVector(e.map);
    const torch::Tensor positive = e.map.clamp_min(0);
    const float peak = positive.max().item<float>();
    out.values = toVector(peak > 0 ? positive / peak : positive);
    out.classA = static_cast<int32_t>(a);
    out.classB = r.classB;
    out.logitA = e.logitA;
    out.logitB = e.logitB;
    out.boxX = window.box.x;
    out.boxY = window.box.y;
    out.boxWidth = window.box.w;
    out.boxHeight = window.box.h;
    out.flipped = window.flip;
    out.sourceWidth = size.width;
    out.sourceHeight = size.height;
    return out;
}

}  // namespace taxa
