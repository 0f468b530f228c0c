#include <cstdio>
#include <memory>
#include <string>

#include "Commands.h"
#include "ProgressPrinter.h"
#include "data/PipelineBench.h"

namespace taxa::cli {

namespace {

struct BenchArgs {
    std::string images;
    int threads = 1, size = 224, passes = 1;
    bool json = false;
};

std::string scales(const PipelineRate& r) {
    std::string s;
    for (const auto& [num, count] : r.scales)
        s += (s.empty() ? "" : ", ") + std::to_string(num) + "/8: " + std::to_string(count);
    return s;
}

void printJson(const PipelineBenchResult& r, const TransformConfig& cfg) {
    std::printf(
        "{\"threads\": %d, \"images\": %lld, \"bad\": %lld, \"crop\": %d, \"resize\": %d, "
        "\"train\": {\"images_per_second\": %.2f, \"floor_per_second\": %.2f}, "
        "\"eval\": {\"images_per_second\": %.2f, \"floor_per_second\": %.2f}}\n",
        r.threads, static_cast<long long>(r.images), static_cast<long long>(r.bad), cfg.crop,
        cfg.resize, r.train.imagesPerSecond, r.train.floorPerSecond, r.eval.imagesPerSecond,
        r.eval.floorPerSecond);
}

void printText(const PipelineBenchResult& r, const TransformConfig& cfg, int passes) {
    std::printf("%lld images x %d passes, %d thread%s, crop %d (shorter side %d for eval)\n",
                static_cast<long long>(r.images), passes, r.threads, r.threads == 1 ? "" : "s",
                cfg.crop, cfg.resize);
    std::printf("train (random-resized crop, flip): %8.1f images/s  decode floor %8.1f  (%s)\n",
                r.train.imagesPerSecond, r.train.floorPerSecond, scales(r.train).c_str());
    std::printf("eval  (shorter side %d, centre %d): %8.1f images/s  decode floor %8.1f  (%s)\n",
                cfg.resize, cfg.crop, r.eval.imagesPerSecond, r.eval.floorPerSecond,
                scales(r.eval).c_str());
    if (r.bad)
        std::printf("%lld images could not be decoded and were skipped\n",
                    static_cast<long long>(r.bad));
}

int runPipeline(const BenchArgs& a) {
    const auto files = listImages(a.images);
    TransformConfig cfg;
    cfg.crop = a.size;
    cfg.resize = (cfg.crop * 8 + 6) / 7;  // 224 -> 256, as in the presets
    const PipelineBenchResult r =
        benchPipeline(files, a.threads, a.passes, cfg, terminalProgress());
    if (a.json)
        printJson(r, cfg);
    else
        printText(r, cfg, a.passes);
    return 0;
}

}  // namespace

Command addBench(CLI::App& app) {
    auto* bench = app.add_subcommand("bench", "Benchmarks of the workbench's own parts");
    bench->require_subcommand(1);
    auto* sub = bench->add_subcommand(
        "pipeline",
        "Images per second of the train and eval transforms and of plain decoding, "
        "to size the loader's worker count");
    auto a = std::make_shared<BenchArgs>();
    sub->add_option("--images", a->images, "Folder of images (searched recursively)")
        ->required()
        ->type_name("DIR");
    sub->add_option("--threads", a->threads, "Decoding threads")
        ->check(CLI::Range(1, 256))
        ->capture_default_str();
    sub->add_option("--size", a->size, "Crop size C (the eval resize is C * 8 / 7)")
        ->check(CLI::Range(16, 2048))
        ->capture_default_str();
    sub->add_option("--passes", a->passes, "Passes over the images")
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    sub->add_flag("--json", a->json, "One JSON document on stdout");
    return {bench, [a] { return runPipeline(*a); }};
}

}  // namespace taxa::cli
