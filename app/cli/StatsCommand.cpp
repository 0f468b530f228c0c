#include <cstdio>
#include <memory>

#include "Commands.h"
#include "ProgressPrinter.h"
#include "dataset/Buckets.h"
#include "dataset/DatasetLoader.h"
#include "dataset/SplitChecks.h"
#include "dataset/Stats.h"
#include "dataset/Taxonomy.h"

namespace taxa::cli {

namespace {

struct StatsArgs {
    std::string dataset;
    bool json = false, lenient = false, checkFiles = false;
};

int runStats(const StatsArgs& a) {
    LoadOptions lo;
    lo.strict = !a.lenient;
    const ProgressFn progress = terminalProgress();
    const Dataset ds = loadDataset(a.dataset, lo, progress);
    const Taxonomy tax = Taxonomy::build(ds);
    SplitCheckOptions co = defaultChecks(ds.layout);
    co.checkFiles = a.checkFiles;
    const DatasetStats stats =
        computeStats(ds, tax, runSplitChecks(ds, co, progress), defaultBucketEdges());
    const std::string out = a.json ? statsToJson(stats, ds) : statsToText(stats);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

}  // namespace

Command addStats(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "stats", "Per-supercategory counts, the taxonomy's size, the long tail and split checks");
    auto a = std::make_shared<StatsArgs>();
    addDatasetOption(*sub, a->dataset);
    sub->add_flag("--json", a->json, "One JSON document on stdout");
    sub->add_flag("--lenient", a->lenient,
                  "Record referential problems as findings instead of stopping at the first");
    sub->add_flag("--check-files", a->checkFiles, "Also look for missing image files");
    return {sub, [a] { return runStats(*a); }};
}

}  // namespace taxa::cli
