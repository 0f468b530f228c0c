#include "eval/Predictor.h"

#include <torch/torch.h>

#include <thread>

#include "eval/InferenceModel.h"
#include "image/CropGeometry.h"
#include "image/ImageError.h"
#include "image/ImageFile.h"
#include "image/Transform.h"
#include "model/ResNet.h"
#include "util/Error.h"
#include "util/MemoryPolicy.h"
#include "util/SafePath.h"

namespace taxa {

namespace {

struct Member {
    ResNet model{nullptr};
    TransformConfig transform;
    TtaPlan plan;
    double weight = 1;
};

// Channels-last on CUDA, as the model's weights are stored there.
torch::Tensor onDevice(const torch::Tensor& images, torch::Device device) {
    const torch::Tensor t = images.to(device);
    return device.is_cuda() ? t.contiguous(at::MemoryFormat::ChannelsLast) : t;
}

}  // namespace

PredictionSet predict(const Dataset& ds, Split split, const PredictOptions& o,
                      const ProgressFn& progress, PredictStats* stats) {
    if (o.checkpoints.empty()) throw Error("predict: no checkpoint given");
    if (!o.weights.empty() && o.weights.size() != o.checkpoints.size())
        throw Error("predict: give one weight per checkpoint");
    if (o.k < 3) throw Error("predict: keep at least 3 guesses");
    const ReuseFreedMemory reuse;  // each batch reuses the last one's buffers
    setTorchThreads(o.threads);
    const torch::Device device = chooseDevice(o.device);
    const std::vector<int64_t> categoryIds = categoryIdsOf(ds.categories);
    const auto classes = static_cast<int64_t>(categoryIds.size());

    std::vector<Member> members;
    for (size_t i = 0; i < o.checkpoints.size(); ++i) {
        InferenceModel loaded = loadInferenceModel(o.checkpoints[i], categoryIds, ds.root, device);
        Member m;
        m.model = loaded.model;
        m.transform = loaded.transform;
        m.plan = TtaPlan::parse(o.tta, CropPreset{m.transform.crop, m.transform.resize});
        m.weight = o.weights.empty() ? 1.0 : o.weights[i];
        if (!(m.weight >= 0)) throw Error("predict: weights must not be negative");
        members.push_back(std::move(m));
    }
    double weightSum = 0;
    for (const auto& m : members)
        weightSum += m.weight;
    if (weightSum <= 0) throw Error("predict: the weights sum to zero");

    // The prior for undecodable images: the most frequent training classes.
    const auto trainCounts = ds.classCounts(Split::Train);
    std::vector<int32_t> prior(static_cast<size_t>(classes));
    std::iota(prior.begin(), prior.end(), 0);
    std::stable_sort(prior.begin(), prior.end(), [&](int32_t a, int32_t b) {
        return trainCounts[size_t(a)] > trainCounts[size_t(b)];
    });

    std::vector<size_t> images;
    for (size_t i = 0; i < ds.images.size(); ++i)
        if (ds.images[i].split == split) images.push_back(i);
    PredictionSet out;
    out.split = split;
    out.rows.resize(images.size());
    const int threads = o.threads > 0
                            ? o.threads
                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const size_t chunk = static_cast<size_t>(std::max(1, o.batchImages));
    int64_t bad = 0, windowsPerImage = 0;
    torch::NoGradGuard noGrad;

    for (size_t start = 0; start < images.size(); start += chunk) {
        reportOrCancel(progress, "Predicting", static_cast<int64_t>(start),
                       static_cast<int64_t>(images.size()));
        const size_t n = std::min(chunk, images.size() - start);
        torch::Tensor probs = torch::zeros({static_cast<int64_t>(n), classes});
        std::vector<char> failed(n, 0);
        // The chunk's files are read once, whatever the number of ensemble members.
        std::vector<std::vector<uint8_t>> bytes(n);
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back([&, t] {
                for (size_t i = static_cast<size_t>(t); i < n; i += static_cast<size_t>(threads)) {
                    const ImageRecord& im = ds.images[images[start + i]];
                    try {  // a path escaping the dataset root is a bad image, not a crash
                        readImageFile(joinInside(ds.root, ds.fileName(im)), bytes[i]);
                    } catch (const Error&) {
                        failed[i] = 1;
                    }
                }
            });
        for (auto& t : pool)
            t.join();
        for (Member& m : members) {
            // Decode every window of every image of the chunk on worker threads.
            std::vector<std::vector<CropWindow>> windows(n);
            pool.clear();
            for (int t = 0; t < threads; ++t)
                pool.emplace_back([&, t] {
                    for (size_t i = static_cast<size_t>(t); i < n;
                         i += static_cast<size_t>(threads)) {
                        if (failed[i]) continue;
                        try {
                            const ImageSize s =
                                sourceSize(bytes[i].data(), bytes[i].size(), m.transform);
                            windows[i] = planWindows(m.plan, s.width, s.height, m.transform.crop);
                        } catch (const ImageError&) {
                            failed[i] = 1;
                        }
                    }
                });
            for (auto& t : pool)
                t.join();
            std::vector<int64_t> owner;
            for (size_t i = 0; i < n; ++i)
                for (size_t w = 0; w < windows[i].size(); ++w)
                    owner.push_back(static_cast<int64_t>(i));
            if (owner.empty()) continue;
            const int64_t c = m.transform.crop;
            torch::Tensor batch = torch::empty({static_cast<int64_t>(owner.size()), 3, c, c});
            float* dst = batch.data_ptr<float>();
            std::vector<size_t> firstWindow(n + 1, 0);
            for (size_t i = 0; i < n; ++i)
                firstWindow[i + 1] = firstWindow[i] + windows[i].size();
            pool.clear();
            for (int t = 0; t < threads; ++t)
                pool.emplace_back([&, t] {
                    for (size_t i = static_cast<size_t>(t); i < n;
                         i += static_cast<size_t>(threads))
                        for (size_t w = 0; w < windows[i].size() && !failed[i]; ++w) {
                            try {
                                renderBox(bytes[i].data(), bytes[i].size(), windows[i][w].box,
                                          windows[i][w].flip, {}, m.transform,
                                          dst + (firstWindow[i] + w) * m.transform.outputSize());
                            } catch (const ImageError&) {
                                failed[i] = 1;
                            }
                        }
                });
            for (auto& t : pool)
                t.join();
            if (windowsPerImage == 0 && n > 0)
                windowsPerImage = static_cast<int64_t>(windows[0].size());
            const torch::Tensor p =
                torch::softmax(m.model->forward(onDevice(batch, device)).to(torch::kFloat32), 1)
                    .cpu();
            // Mean over each image's windows, weighted into the ensemble.
            const torch::Tensor index = torch::tensor(owner, torch::kLong);
            torch::Tensor sums =
                torch::zeros({static_cast<int64_t>(n), classes}).index_add_(0, index, p);
            torch::Tensor counts = torch::bincount(index, {}, static_cast<int64_t>(n))
                                       .clamp_min(1)
                                       .to(torch::kFloat32);
            probs += (sums / counts.unsqueeze(1)) * (m.weight / weightSum);
        }
        if (o.reweight) {  // e.g. times the geographic prior, before the top k are kept
            probs = probs.contiguous();
            const std::vector<size_t> chunkImages(images.begin() + static_cast<long>(start),
                                                  images.begin() + static_cast<long>(start + n));
            o.reweight(chunkImages, probs.data_ptr<float>(), classes);
        }
        const auto [scores, top] = probs.topk(std::min<int64_t>(o.k, classes), 1);
        for (size_t i = 0; i < n; ++i) {
            Prediction& row = out.rows[start + i];
            row.imageId = ds.images[images[start + i]].id;
            if (failed[i]) {
                ++bad;
                row.classes.assign(prior.begin(), prior.begin() + std::min<int64_t>(o.k, classes));
                row.scores.assign(row.classes.size(), 0.0f);
                continue;
            }
            for (int64_t j = 0; j < top.size(1); ++j) {
                row.classes.push_back(static_cast<int32_t>(top[int64_t(i)][j].item<int64_t>()));
                row.scores.push_back(scores[int64_t(i)][j].item<float>());
            }
        }
    }
    reportOrCancel(progress, "Predicting", static_cast<int64_t>(images.size()),
                   static_cast<int64_t>(images.size()));
    if (stats) *stats = {static_cast<int64_t>(images.size()), windowsPerImage, bad};
    return out;
}

}  // namespace taxa
