#include <algorithm>
#include <cstdio>
#include <memory>

#include "Commands.h"
#include "dataset/Buckets.h"
#include "dataset/DatasetLoader.h"
#include "dataset/Taxonomy.h"
#include "eval/Analysis.h"
#include "eval/Temperature.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

namespace taxa::cli {

namespace {

struct EvaluateArgs {
    DatasetArgs dataset;
    std::string split = "val", predictions;
    std::vector<int64_t> buckets;
    bool json = false;
    bool temperature = false;
};

int runEvaluate(const EvaluateArgs& a) {
    const std::vector<int64_t> edges = a.buckets.empty() ? defaultBucketEdges() : a.buckets;
    const Dataset ds = loadDataset(a.dataset.dir, a.dataset.load);
    const Taxonomy tax = Taxonomy::build(ds);
    const PredictionSet p = readPredictions(readFile(a.predictions), a.predictions, ds, Split::Val);
    AnalysisReport r = analyse(ds, tax, p, ds.classCounts(Split::Train), edges);
    if (a.temperature) {
        r.temperature = fitOnMinival(p, rowLabels(ds, p), tax.classCount());
        if (!r.temperature)
            throw Error(a.predictions +
                        ": --temperature-scale needs scores (a top-k store, FILE.topk.csv) for "
                        "images in minival");
    }
    const std::string text = a.json ? analysisToJson(r, ds, tax) : analysisToText(r, ds, tax);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

}  // namespace

Command addEvaluate(CLI::App& app) {
    auto* sub =
        app.add_subcommand("evaluate",
                           "Top-1/top-3 error and the dataset's metric, per-supercategory and "
                           "per-bucket accuracy, the most confused pairs and where in the "
                           "taxonomy the mistakes fall");
    auto a = std::make_shared<EvaluateArgs>();
    addDatasetOptions(*sub, a->dataset);
    sub->add_option("--split", a->split, "Split the predictions are of (needs labels)")
        ->check(CLI::IsMember({"val"}))
        ->capture_default_str();
    sub->add_option("--predictions", a->predictions, "A Kaggle CSV or a top-k store")
        ->required()
        ->type_name("FILE.csv");
    auto* buckets =
        sub->add_option("--buckets", a->buckets, "Training-count bucket edges, increasing")
            ->delimiter(',')
            ->check(CLI::Range(int64_t(0), int64_t(1000000000000)))
            ->type_name("2,5,10,...")
            ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub->add_flag("--json", a->json, "One JSON document on stdout");
    sub->add_flag("--temperature-scale", a->temperature,
                  "Fit one temperature on minival (10% of val) and report the calibration error "
                  "of the rest of val before and after it (needs a top-k store)");
    sub->final_callback([a, buckets] {
        if (buckets->count() &&
            (a->buckets.size() < 2 || !std::is_sorted(a->buckets.begin(), a->buckets.end())))
            throw CLI::ValidationError("--buckets",
                                       "needs at least two increasing edges, e.g. 2,5,10,1001");
    });
    return {sub, [a] { return runEvaluate(*a); }};
}

}  // namespace taxa::cli
