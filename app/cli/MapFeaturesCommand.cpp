#include <chrono>
#include <cstdio>
#include <memory>

#include "Commands.h"
#include "ProgressPrinter.h"
#include "embed/FeatureMap.h"

namespace taxa::cli {

namespace {

struct MapArgs {
    std::string features, out;
    std::vector<std::string> splits{"train", "val"};
    embed::FeatureMapOptions options;
};

int runMap(MapArgs a) {
    if (a.out.empty()) a.out = embed::mapPathFor(a.features);
    refuseOverwritingInputs({a.out}, {a.features});
    a.options.splits = parseSplits(a.splits);
    const FeatureStore store = readFeatureStore(a.features);
    const auto start = std::chrono::steady_clock::now();
    const embed::FeatureMap map = embed::mapFeatures(store, a.options, terminalProgress());
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    embed::writeFeatureMap(map, a.out);
    std::printf("Mapped %zu images (k = %zu, seed %llu) in %.1f s to %s\n", map.count(),
                a.options.neighbours, static_cast<unsigned long long>(a.options.seed), seconds,
                a.out.c_str());
    return 0;
}

}  // namespace

Command addMapFeatures(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "map-features",
        "Lay the stored features out in 2-D (UMAP-style: k-nearest-neighbour graph, fuzzy "
        "graph, PCA start, SGD with negative sampling), beside the features");
    auto a = std::make_shared<MapArgs>();
    embed::FeatureMapOptions& o = a->options;
    sub->add_option("--features", a->features, "Feature store (taxa-cli features)")
        ->required()
        ->type_name("FILE.bin");
    sub->add_option("--splits", a->splits, "Splits whose images are mapped")
        ->delimiter(',')
        ->check(CLI::IsMember({"train", "val", "test"}))
        ->type_name("train,val")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub->add_option("--neighbours", o.neighbours, "k of the nearest-neighbour graph")
        ->check(CLI::Range(2, 200))
        ->capture_default_str();
    sub->add_option("--epochs", o.layout.epochs,
                    "Layout epochs; 0: 500 up to 10,000 images, 200 above")
        ->check(CLI::Range(0, 10000))
        ->capture_default_str();
    sub->add_option("--min-dist", o.layout.minDist, "How tightly neighbours pack in the map")
        ->check(CLI::Range(0.0, 10.0) & kFinite)
        ->capture_default_str();
    sub->add_option("--seed", o.seed, "Same seed, same map")->capture_default_str();
    sub->add_option("--threads", o.threads, "Threads; 0 = cores (the map does not depend on it)")
        ->check(CLI::Range(0, 1024));
    sub->add_option("--out", a->out, "Map to write (default: FILE.map.bin beside the features)")
        ->type_name("FILE.map.bin");
    return {sub, [a] { return runMap(*a); }};
}

}  // namespace taxa::cli
