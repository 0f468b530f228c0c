#include "eval/Features.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <thread>

#include "eval/InferenceModel.h"
#include "image/ImageFile.h"
#include "util/Error.h"
#include "util/Fingerprint.h"
#include "util/Rng.h"
#include "util/SafePath.h"

namespace taxa {

namespace {

// Runs fn(i) for i in [0, n) on @p threads threads.
template <class F>
void parallelFor(size_t n, int threads, F&& fn) {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (size_t i = static_cast<size_t>(t); i < n; i += static_cast<size_t>(threads))
                fn(i);
        });
    for (auto& t : pool)
        t.join();
}

// inputs x dims, entries +-1/sqrt(dims) from the seed (Achlioptas' projection).
torch::Tensor projection(int64_t inputs, int64_t dims, uint64_t seed) {
    torch::Tensor p = torch::empty({inputs, dims});
    float* out = p.data_ptr<float>();
    const float scale = 1.0f / std::sqrt(static_cast<float>(dims));
    Rng rng(seed);
    for (int64_t i = 0; i < inputs * dims; ++i)
        out[i] = (rng.next() >> 63) ? scale : -scale;
    return p;
}

// The centre views of a chunk of images; views[i] stays undefined for an unreadable one.
std::vector<torch::Tensor> decodeChunk(const Dataset& ds, const std::vector<size_t>& images,
                                       const TransformConfig& transform, int threads) {
    std::vector<torch::Tensor> views(images.size());
    parallelFor(images.size(), threads, [&](size_t i) {
        try {  // a path escaping the dataset root is a bad image, not a crash
            std::vector<uint8_t> bytes;
            readImageFile(joinInside(ds.root, ds.fileName(ds.images[images[i]])), bytes);
            views[i] = centreView(bytes, transform);
        } catch (const Error&) {  // ImageError included
        }
    });
    return views;
}

void appendRows(FeatureStore& out, const torch::Tensor& unit) {
    const torch::Tensor half = unit.to(torch::kHalf).contiguous();
    const size_t n = static_cast<size_t>(half.numel());
    const size_t at = out.values.size();
    out.values.resize(at + n);
    std::memcpy(out.values.data() + at, half.data_ptr<at::Half>(), n * sizeof(uint16_t));
}

}  // namespace

FeatureStore computeFeatures(const Dataset& ds, const FeatureOptions& o,
                             const ProgressFn& progress) {
    if (o.dims < 1 || o.dims > 4096) throw Error("features: dims must be 1 to 4096");
    setTorchThreads(o.threads);
    const torch::Device device = chooseDevice(o.device);
    InferenceModel m =
        loadInferenceModel(o.checkpoint, categoryIdsOf(ds.categories), ds.root, device);
    const int threads = o.threads > 0
                            ? o.threads
                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<size_t> images;
    for (size_t i = 0; i < ds.images.size(); ++i)
        if (std::find(o.splits.begin(), o.splits.end(), ds.images[i].split) != o.splits.end())
            images.push_back(i);
    const auto total = static_cast<int64_t>(images.size());
    const size_t chunk = static_cast<size_t>(std::max(1, o.batchImages));
    FeatureStore out;
    out.dims = o.dims;
    out.source = archiveFingerprint(o.checkpoint);  // which model's features these are
    torch::Tensor reduce;  // inputs x dims; undefined while the features are narrow enough
    bool sized = false;
    const torch::NoGradGuard noGrad;
    for (size_t start = 0; start < images.size(); start += chunk) {
        reportOrCancel(progress, "Features", static_cast<int64_t>(start), total);
        const std::vector<size_t> part(
            images.begin() + static_cast<long>(start),
            images.begin() + static_cast<long>(std::min(images.size(), start + chunk)));
        std::vector<torch::Tensor> views = decodeChunk(ds, part, m.transform, threads);
        std::vector<torch::Tensor> good;
        for (size_t i = 0; i < part.size(); ++i)
            if (views[i].defined()) {
                good.push_back(views[i]);
                out.imageIds.push_back(ds.images[part[i]].id);
                out.splits.push_back(static_cast<uint8_t>(ds.images[part[i]].split));
            }
        if (good.empty()) continue;
        torch::Tensor pooled =
            m.model->pooled(m.model->features(torch::cat(good).to(device))).to(torch::kFloat32);
        if (!sized) {
            const int64_t inputs = pooled.size(1);
            if (inputs > o.dims) reduce = projection(inputs, o.dims, o.seed).to(device);
            out.dims = static_cast<int32_t>(std::min<int64_t>(inputs, o.dims));
            sized = true;
        }
        if (reduce.defined()) pooled = pooled.mm(reduce);
        appendRows(out, (pooled / pooled.norm(2, {1}, true).clamp_min(1e-12)).cpu());
    }
    reportOrCancel(progress, "Features", total, total);
    return out;
}

}  // namespace taxa
