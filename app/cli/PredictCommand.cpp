#include <cstdio>
#include <memory>

#include "Commands.h"
#include "ProgressPrinter.h"
#include "dataset/DatasetLoader.h"
#include "engine/Engine.h"
#include "geo/GeoCombine.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

namespace taxa::cli {

namespace {

struct PredictArgs {
    DatasetArgs dataset;
    std::string split = "val", out, geo;
    PredictOptions options;
};

// FILE.csv -> FILE.topk.csv, next to the Kaggle CSV.
std::string topkPath(const std::string& csv) {
    const auto dot = csv.rfind(".csv");
    return (dot != std::string::npos && dot + 4 == csv.size() ? csv.substr(0, dot) : csv) +
           ".topk.csv";
}

int runPredict(const PredictArgs& a) {
    PredictOptions o = a.options;
    if (!o.weights.empty() && o.weights.size() != o.checkpoints.size())
        throw UsageError("--weights: " + std::to_string(o.weights.size()) + " weights for " +
                         std::to_string(o.checkpoints.size()) +
                         " checkpoints; give one weight per --checkpoint");
    std::vector<std::string> inputs = a.dataset.inputFiles();
    inputs.insert(inputs.end(), o.checkpoints.begin(), o.checkpoints.end());
    if (!a.geo.empty()) inputs.push_back(a.geo);
    refuseOverwritingInputs({a.out, topkPath(a.out)}, inputs);
    std::shared_ptr<const geo::GeoPrior> prior;
    if (!a.geo.empty()) prior = std::make_shared<geo::GeoPrior>(geo::GeoPrior::load(a.geo));
    const Dataset ds = loadDataset(a.dataset.dir, a.dataset.load);
    if (o.k < competitionOf(ds.layout).submissionLabels)
        throw Error(
            "--k: the " + std::string(competitionOf(ds.layout).name) + " submission needs " +
            std::to_string(competitionOf(ds.layout).submissionLabels) + " guesses per image");
    if (prior) o.reweight = geo::priorReweighting(prior, ds);
    PredictStats stats;
    const Split split = a.split == "test" ? Split::Test : Split::Val;
    const PredictionSet p = engine::predict(ds, split, o, terminalProgress(), &stats);
    writeFileAtomic(a.out, toKaggleCsv(p, ds));
    writeFileAtomic(topkPath(a.out), toTopkCsv(p, ds));
    std::printf("Predicted %lld images (%lld views each, %zu model%s): %s and %s\n",
                (long long)stats.images, (long long)stats.windowsPerImage, o.checkpoints.size(),
                o.checkpoints.size() == 1 ? "" : "s", a.out.c_str(), topkPath(a.out).c_str());
    if (prior)
        std::printf(
            "Probabilities of the %zu images with a location multiplied by the %s prior "
            "%s\n",
            geo::locatedImages(ds, split).images.size(), prior->file().kind.c_str(), a.geo.c_str());
    if (stats.badImages)
        std::printf("%lld images could not be decoded; they were given the most frequent classes\n",
                    (long long)stats.badImages);
    return 0;
}

}  // namespace

Command addPredict(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "predict",
        "Predict a split with one checkpoint or an ensemble: the Kaggle submission "
        "CSV and, beside it, FILE.topk.csv with the top-k scores");
    auto a = std::make_shared<PredictArgs>();
    PredictOptions& o = a->options;
    addDatasetOptions(*sub, a->dataset);
    sub->add_option("--split", a->split, "Split to predict")
        ->check(CLI::IsMember({"val", "test"}))
        ->capture_default_str();
    sub->add_option("--checkpoint", o.checkpoints,
                    "A checkpoint (repeat for an ensemble, whose probabilities are averaged)")
        ->required()
        ->type_name("FILE")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub->add_option("--weights", o.weights, "Ensemble weights, one per checkpoint")
        ->delimiter(',')
        ->check(CLI::Range(0.0, 1e9) & kFinite)
        ->type_name("W1,W2,...")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub->add_option("--tta", o.tta,
                    "Test-time views: centre, flip, dense[K], upper[W], multiscale, joined by +")
        ->check(kTtaMode)
        ->capture_default_str();
    sub->add_option("--k", o.k, "Guesses kept per image in the top-k store")
        ->check(CLI::Range(3, 1000))
        ->capture_default_str();
    addComputeOptions(*sub, o.threads, o.device);
    sub->add_option("--geo", a->geo,
                    "Multiply each located image's probabilities by this geographic prior "
                    "(normalised; images without a location are left as they are)")
        ->type_name("FILE.geo");
    sub->add_option("--out", a->out, "The Kaggle CSV to write")->required()->type_name("FILE.csv");
    return {sub, [a] { return runPredict(*a); }};
}

}  // namespace taxa::cli
