#include <algorithm>
#include <cstdio>
#include <memory>

#include "Commands.h"
#include "ProgressPrinter.h"
#include "dataset/DatasetLoader.h"
#include "engine/Engine.h"
#include "train/RunFolder.h"
#include "util/Error.h"

namespace taxa::cli {

namespace {

struct FeaturesArgs {
    DatasetArgs dataset;
    std::vector<std::string> splits{"train", "val"};
    std::string out;
    FeatureOptions options;
};

int runFeatures(FeaturesArgs a) {
    std::vector<std::string> inputs = a.dataset.inputFiles();
    inputs.push_back(a.options.checkpoint);
    refuseOverwritingInputs({a.out}, inputs);
    // A split named twice is one split: its images once, and counted once below.
    a.options.splits.clear();
    for (Split split : parseSplits(a.splits))
        if (std::find(a.options.splits.begin(), a.options.splits.end(), split) ==
            a.options.splits.end())
            a.options.splits.push_back(split);
    const Dataset ds = loadDataset(a.dataset.dir, a.dataset.load);
    const FeatureStore store = engine::features(ds, a.options, terminalProgress());
    writeFeatureStore(store, a.out);
    std::printf("Wrote %zu feature vectors of %d dimensions (half precision, %.1f MB) to %s\n",
                store.count(), store.dims, double(store.values.size()) * 2 / 1e6, a.out.c_str());
    size_t wanted = 0;
    for (const auto& im : ds.images)
        for (Split s : a.options.splits)
            wanted += im.split == s;
    if (wanted > store.count())
        std::printf("%zu images could not be decoded and have no features\n",
                    wanted - store.count());
    return 0;
}

}  // namespace

Command addFeatures(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "features",
        "Write the penultimate features of a dataset's images through a checkpoint (reduced, "
        "half precision) for look-alike searches in the Analysis pair view");
    auto a = std::make_shared<FeaturesArgs>();
    FeatureOptions& o = a->options;
    addDatasetOptions(*sub, a->dataset);
    sub->add_option("--checkpoint", o.checkpoint, "Checkpoint to read")
        ->required()
        ->type_name("FILE");
    sub->add_option("--splits", a->splits, "Splits whose images get features")
        ->delimiter(',')
        ->check(CLI::IsMember({"train", "val", "test"}))
        ->type_name("train,val")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub->add_option("--dims", o.dims,
                    "Dimensions kept (wider features get a fixed random projection)")
        ->check(CLI::Range(1, 4096))
        ->capture_default_str();
    addComputeOptions(*sub, o.threads, o.device);
    sub->add_option("--out", a->out,
                    "Feature store to write; the GUI looks for " + RunFolder("RUN").features())
        ->required()
        ->type_name("FILE.bin");
    return {sub, [a] { return runFeatures(*a); }};
}

}  // namespace taxa::cli
