#include <algorithm>
#include <cstdio>
#include <memory>

#include "Commands.h"
#include "dataset/Buckets.h"
#include "dataset/DatasetLoader.h"
#include "dataset/Taxonomy.h"
#include "eval/Analysis.h"
#include "eval/Temperature.h"
#include "geo/GeoCombine.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

namespace taxa::cli {

namespace {

struct EvaluateArgs {
    DatasetArgs dataset;
    std::string split = "val", predictions, geo;
    std::vector<int64_t> buckets;
    std::vector<int64_t> prSpecies;  ///< Category ids whose precision-recall curves to add.
    bool json = false;
    bool temperature = false;
};

// The precision-recall curves of the species named by --pr-species (they need scores).
std::vector<std::pair<int32_t, PrCurve>> speciesCurves(const EvaluateArgs& a, const Dataset& ds,
                                                       const PredictionSet& p) {
    std::vector<std::pair<int32_t, PrCurve>> out;
    if (a.prSpecies.empty()) return out;
    if (!allHaveScores(p))
        throw Error(a.predictions +
                    ": --pr-species needs scores (a top-k store, FILE.topk.csv), not a Kaggle CSV");
    const std::vector<int32_t> truths = rowLabels(ds, p);
    for (int64_t id : a.prSpecies) {
        const int32_t cls = ds.classOf(id);
        if (cls < 0) throw Error(a.dataset.dir + ": no category with id " + std::to_string(id));
        out.emplace_back(cls, precisionRecall(p, truths, cls));
    }
    return out;
}

int runEvaluate(const EvaluateArgs& a) {
    const std::vector<int64_t> edges = a.buckets.empty() ? defaultBucketEdges() : a.buckets;
    std::unique_ptr<geo::GeoPrior> prior;
    if (!a.geo.empty()) prior = std::make_unique<geo::GeoPrior>(geo::GeoPrior::load(a.geo));
    const Dataset ds = loadDataset(a.dataset.dir, a.dataset.load);
    const Taxonomy tax = Taxonomy::build(ds);
    PredictionSet p = readPredictions(readFile(a.predictions), a.predictions, ds, Split::Val);
    if (prior) {
        geo::CombineStats stats;
        p = geo::applyPrior(p, *prior, ds, &stats);
        if (!a.json)
            std::printf(
                "With the %s prior %s: %lld images re-ranked, %lld without a location "
                "left as they were\n\n",
                prior->file().kind.c_str(), a.geo.c_str(), static_cast<long long>(stats.combined),
                static_cast<long long>(stats.unlocated));
    }
    AnalysisReport r = analyse(ds, tax, p, ds.classCounts(Split::Train), edges);
    if (a.temperature) {
        r.temperature = fitOnMinival(p, rowLabels(ds, p), tax.classCount());
        if (!r.temperature)
            throw Error(a.predictions +
                        ": --temperature-scale needs scores (a top-k store, FILE.topk.csv) for "
                        "images in minival");
    }
    const auto curves = speciesCurves(a, ds, p);
    const std::string text =
        a.json ? analysisToJson(r, ds, tax, 50, curves) : analysisToText(r, ds, tax);
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
    sub->add_option("--geo", a->geo,
                    "First re-rank each located image's guesses by this geographic prior: the "
                    "top-k store's scores times the prior, normalised over the k kept")
        ->type_name("FILE.geo");
    sub->add_option("--pr-species", a->prSpecies,
                    "With --json: the full precision-recall curve over top-1 confidence of these "
                    "category ids (needs a top-k store)")
        ->delimiter(',')
        ->type_name("ID,...")
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
