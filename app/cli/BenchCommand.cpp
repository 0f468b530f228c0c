#include <cstdio>
#include <string>

#include "Args.h"
#include "Commands.h"
#include "ProgressPrinter.h"
#include "data/PipelineBench.h"
#include "util/Error.h"

namespace taxa::cli {

namespace {

std::string scales(const PipelineRate& r) {
    std::string s;
    for (const auto& [num, count] : r.scales)
        s += (s.empty() ? "" : ", ") + std::to_string(num) + "/8: " + std::to_string(count);
    return s;
}

int benchPipelineCommand(int argc, char** argv) {
    const Args args(argc, argv, 3, {"images", "threads", "size", "passes"}, {"json"});
    const auto files = listImages(args.required("images"));
    TransformConfig cfg;
    cfg.crop = static_cast<int>(args.getInt("size", 224, 16, 2048));
    cfg.resize = (cfg.crop * 8 + 6) / 7;  // 224 -> 256, as in the presets
    const int threads = static_cast<int>(args.getInt("threads", 1, 1, 256));
    const int passes = static_cast<int>(args.getInt("passes", 1, 1, 1000));
    const PipelineBenchResult r = benchPipeline(files, threads, passes, cfg, terminalProgress());
    if (args.has("json")) {
        std::printf(
            "{\"threads\": %d, \"images\": %lld, \"bad\": %lld, \"crop\": %d, \"resize\": %d, "
            "\"train\": {\"images_per_second\": %.2f, \"floor_per_second\": %.2f}, "
            "\"eval\": {\"images_per_second\": %.2f, \"floor_per_second\": %.2f}}\n",
            r.threads, static_cast<long long>(r.images), static_cast<long long>(r.bad), cfg.crop,
            cfg.resize, r.train.imagesPerSecond, r.train.floorPerSecond, r.eval.imagesPerSecond,
            r.eval.floorPerSecond);
        return 0;
    }
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
    return 0;
}

}  // namespace

int runBench(int argc, char** argv) {
    if (argc < 3) throw Error("bench needs a target: pipeline");
    const std::string what = argv[2];
    if (what == "pipeline") return benchPipelineCommand(argc, argv);
    throw Error("unknown benchmark '" + what + "' (pipeline)");
}

}  // namespace taxa::cli
