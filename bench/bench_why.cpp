// Why the model confuses two species (issue 15): the saliency map of one val photo through the
// engine (decode, centre view, forward to the last stage, gradient of logit A - logit B, the
// map), for a random quick-cpu model (ResNet-18, crop 64) and the winner's size (ResNet-50,
// crop 224); and one look-alike query over 437,513 stored 256-d half-precision vectors (the
// 2018 train + val), all rows and one class's. Writes the photo, the models' settings, the
// vectors and the query to OUT_DIR for the Python peer (bench/why_bench.py) and prints one JSON
// line: best milliseconds, and the top-10 rows the peer must match.
// Usage: bench_why OUT_DIR [THREADS]

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>

#include "dataset/DatasetLoader.h"
#include "dataset/DemoGenerator.h"
#include "eval/FeatureStore.h"
#include "eval/NearestNeighbours.h"
#include "eval/Saliency.h"
#include "model/Checkpoint.h"
#include "model/ResNet.h"
#include "train/TrainConfig.h"
#include "util/Rng.h"

using namespace taxa;

namespace {

constexpr size_t kRows = 437513;  // the 2018 train split
constexpr int kDims = 256;

double bestMs(int runs, const std::function<void()>& work) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        work();
        best = std::min(
            best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                      .count());
    }
    return best;
}

std::string checkpoint(const std::string& dir, const Dataset& ds, const char* arch, int crop,
                       int resize) {
    TrainConfig run = TrainConfig::preset("quick-cpu");
    run.model.arch = arch;
    run.model.classes = static_cast<int>(ds.categories.size());
    run.crop = crop;
    run.resize = resize;
    torch::manual_seed(1);
    ResNet net(run.model);
    CheckpointMeta meta;
    meta.model = run.model;
    meta.runConfig = run.toJson();
    for (const auto& c : ds.categories)
        meta.categoryIds.push_back(c.id);
    const std::string path = dir + "/" + arch + ".pt";
    saveCheckpoint(path, *net, nullptr, meta);
    return path;
}

// First call (loads the checkpoint) and the best of the next ones.
std::pair<double, double> timeSaliency(const Dataset& ds, const SaliencyRequest& r) {
    const double cold = bestMs(1, [&] { saliency(ds, r); });
    return {cold, bestMs(7, [&] { saliency(ds, r); })};
}

template <class T>
void writeArray(const std::string& path, const T* data, size_t n) {
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(n * sizeof(T)));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_why OUT_DIR [THREADS]\n");
        return 2;
    }
    const std::string out = argv[1];
    setTorchThreads(argc > 2 ? std::atoi(argv[2]) : 2);
    DemoOptions demo;
    demo.out = out + "/demo";
    demo.plan.species = 14;
    demo.plan.maxTrain = 2;
    demo.plan.testPerSpecies = 1;
    demo.imageSide = 500;
    demo.force = true;
    generateDemo(demo);
    const Dataset ds = loadDataset(demo.out);
    size_t image = 0;
    while (ds.images[image].split != Split::Val)
        ++image;
    SaliencyRequest r{checkpoint(out, ds, "resnet18", 64, 73), image, 0, 1, "cpu"};
    const auto [quickCold, quick] = timeSaliency(ds, r);
    r.checkpoint = checkpoint(out, ds, "resnet50", 224, 256);
    const auto [wideCold, wide] = timeSaliency(ds, r);

    FeatureStore store;
    store.dims = kDims;
    std::vector<float> x(kRows * kDims);
    Rng rng(3);
    for (float& v : x)
        v = static_cast<float>(rng.uniform(-1, 1));
    store.values.resize(x.size());
    floatToHalf(x.data(), x.size(), store.values.data());
    store.imageIds.resize(kRows);
    store.splits.resize(kRows);
    std::vector<float> query(kDims);
    for (float& v : query)
        v = static_cast<float>(rng.uniform(-1, 1));
    std::vector<uint32_t> oneClass;  // a class of 54 training images, spread out
    for (uint32_t i = 0; i < 54; ++i)
        oneClass.push_back(i * 8101 + 7);
    std::vector<Neighbour> top;
    const double nn = bestMs(11, [&] { top = nearest(store, query.data(), 10); });
    const double nnClass = bestMs(11, [&] { nearest(store, query.data(), 10, &oneClass); });
    writeArray(out + "/vectors.f16", store.values.data(), store.values.size());
    writeArray(out + "/query.f32", query.data(), query.size());
    const std::string photo = ds.root + "/" + std::string(ds.fileName(ds.images[image]));

    std::printf(
        "{\"photo\": \"%s\", \"quick_ms\": %.3f, \"quick_cold_ms\": %.3f, \"wide_ms\": "
        "%.3f, \"wide_cold_ms\": %.3f, \"nn_ms\": %.3f, \"nn_class_ms\": %.4f, "
        "\"rows\": %zu, \"top\": [",
        photo.c_str(), quick, quickCold, wide, wideCold, nn, nnClass, kRows);
    for (size_t i = 0; i < top.size(); ++i)
        std::printf("%s%u", i ? ", " : "", top[i].row);
    std::printf("]}\n");
    return 0;
}
