#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>

#include "Commands.h"
#include "ProgressPrinter.h"
#include "dataset/Buckets.h"
#include "dataset/DatasetLoader.h"
#include "dataset/SplitChecks.h"
#include "dataset/Stats.h"
#include "dataset/Taxonomy.h"
#include "embed/NearDuplicateReport.h"
#include "embed/StoreRows.h"
#include "util/Error.h"
#include "util/JsonText.h"

namespace taxa::cli {

namespace {

struct StatsArgs {
    DatasetArgs dataset;
    bool json = false, lenient = false, checkFiles = false;
    std::string nearFeatures;  ///< A feature store to look for near-duplicates in.
    embed::NearDuplicateOptions near;
};

// Near-duplicates across splits among the stored features of this dataset's images.
embed::NearDuplicateReport nearDuplicateReport(const StatsArgs& a, const Dataset& ds,
                                               const ProgressFn& progress) {
    embed::NearDuplicateReport r;
    r.features = a.nearFeatures;
    r.threshold = a.near.threshold;
    const FeatureStore store = readFeatureStore(a.nearFeatures);
    r.images = embed::storeImages(store, ds, a.nearFeatures);
    r.pairs = embed::nearDuplicates(store, a.near, progress);
    return r;
}

// The stats document with the near-duplicate pairs added.
std::string withNearDuplicates(const std::string& statsJson, const std::string& pairsJson) {
    nlohmann::json j = nlohmann::json::parse(statsJson);
    j["near_duplicates"] = nlohmann::json::parse(pairsJson);
    return jsonText(j, 2) + "\n";
}

int runStats(const StatsArgs& a) {
    LoadOptions lo = a.dataset.load;
    lo.strict = !a.lenient;
    const ProgressFn progress = terminalProgress();
    const Dataset ds = loadDataset(a.dataset.dir, lo, progress);
    const Taxonomy tax = Taxonomy::build(ds);
    SplitCheckOptions co = defaultChecks(ds.layout);
    co.checkFiles = a.checkFiles;
    SplitCheckReport checks = runSplitChecks(ds, co, progress);
    embed::NearDuplicateReport near;
    if (!a.nearFeatures.empty()) {
        near = nearDuplicateReport(a, ds, progress);
        checks.checksRun.push_back("near-duplicates");
        for (Finding& f : embed::nearDuplicateFindings(near, ds))
            checks.findings.push_back(std::move(f));
    }
    const DatasetStats stats = computeStats(ds, tax, std::move(checks), defaultBucketEdges());
    std::string out = a.json ? statsToJson(stats, ds) : statsToText(stats);
    if (!a.nearFeatures.empty())
        out = a.json ? withNearDuplicates(out, embed::nearDuplicatesJson(near, ds))
                     : out + embed::nearDuplicatesText(near, ds);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

}  // namespace

Command addStats(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "stats", "Per-supercategory counts, the taxonomy's size, the long tail and split checks");
    auto a = std::make_shared<StatsArgs>();
    addDatasetOptions(*sub, a->dataset);
    sub->add_flag("--json", a->json, "One JSON document on stdout");
    sub->add_flag("--lenient", a->lenient,
                  "Record referential problems as findings instead of stopping at the first");
    sub->add_flag("--check-files", a->checkFiles, "Also look for missing image files");
    sub->add_option("--near-duplicates", a->nearFeatures,
                    "Also look for images of different splits whose stored features (taxa-cli "
                    "features) are nearly the same: resized or re-encoded copies")
        ->type_name("FEATURES.bin");
    sub->add_option("--near-threshold", a->near.threshold,
                    "Cosine similarity at or above which two images are near-duplicates")
        ->check(CLI::Range(-1.0, 1.0) & kFinite)
        ->capture_default_str();
    sub->add_option("--threads", a->near.threads, "Threads of the near-duplicate search; 0 = cores")
        ->check(CLI::Range(0, 1024));
    return {sub, [a] { return runStats(*a); }};
}

}  // namespace taxa::cli
