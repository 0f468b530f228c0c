// taxa-cli geo: the geographic prior (Mac Aodha, Cole and Perona, ICCV 2019). `geo train`
// writes a GEO file (the network through the ML engine, or with --grid the grid prior, which
// needs no training); `geo evaluate` scores a prior alone on a split next to the
// class-frequency prior.

#include <cstdio>
#include <memory>

#include "Commands.h"
#include "ProgressPrinter.h"
#include "dataset/DatasetLoader.h"
#include "engine/Engine.h"
#include "geo/GeoEval.h"
#include "geo/GeoPrior.h"
#include "geo/GridPrior.h"
#include "util/BlasLibrary.h"
#include "util/Error.h"

namespace taxa::cli {

namespace {

struct GeoTrainArgs {
    DatasetArgs dataset;
    std::string out;
    bool grid = false, quiet = false;
    geo::GeoTrainOptions net;
    geo::GridOptions cells;
    int threads = 0;
};

struct GeoEvaluateArgs {
    DatasetArgs dataset;
    std::string split = "val", prior;
    bool json = false;
};

Dataset loadWithoutTest(const DatasetArgs& a) {
    DatasetFiles files = findDatasetFiles(a.dir, a.load);
    files.test.clear();  // the prior learns from train and is scored on labelled splits
    return loadDataset(files, a.load);
}

int runTrain(const GeoTrainArgs& a) {
    refuseOverwritingInputs({a.out}, a.dataset.inputFiles());
    const Dataset ds = loadWithoutTest(a.dataset);
    geo::GeoFile f;
    if (a.grid) {
        f = geo::buildGridPrior(ds, a.cells);
        std::printf("Grid prior: %g-degree cells, pseudo-count %g, %.0f training photos\n",
                    a.cells.cellDegrees, a.cells.pseudoCount, f.params.at("images"));
    } else {
        engine::get().setThreads(a.threads);
        if (const std::string slow = referenceBlasWarning(); !slow.empty())
            std::fprintf(stderr, "%s\n", slow.c_str());
        geo::GeoTrainCallbacks cb;
        if (!a.quiet) cb.progress = terminalProgress();
        cb.epochDone = [&](const geo::GeoEpoch& e) {
            if (a.quiet) return;
            std::printf("\rEpoch %d/%d: loss %.5f, %lld photos, batch %d, lr %.3g, %.1f s\n",
                        e.epoch, e.epochs, e.loss, static_cast<long long>(e.examples), e.batchSize,
                        e.lr, e.seconds);
            std::fflush(stdout);
        };
        f = engine::trainGeoPrior(ds, a.net, cb);
    }
    geo::writeGeoFile(a.out, f);
    std::printf("Wrote %s (%s prior, %zu classes)\n", a.out.c_str(), f.kind.c_str(),
                f.categoryIds.size());
    return 0;
}

int runEvaluate(const GeoEvaluateArgs& a) {
    const geo::GeoPrior prior = geo::GeoPrior::load(a.prior);  // a bad file before slow work
    const Dataset ds = loadWithoutTest(a.dataset);
    const Split split = a.split == "train" ? Split::Train : Split::Val;
    const geo::GeoEvaluation e = geo::evaluatePrior(prior, ds, split);
    const std::string text = a.json ? geo::evaluationToJson(e, prior.file().kind)
                                    : geo::evaluationToText(e, prior.file().kind);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

void addTrainOptions(CLI::App& sub, GeoTrainArgs& a) {
    addDatasetOptions(sub, a.dataset);
    sub.add_option("--out", a.out, "The GEO file to write")->required()->type_name("FILE.geo");
    sub.add_flag("--grid", a.grid,
                 "The grid prior (counts per cell, with a pseudo-count) instead of the network");
    sub.add_option("--cell", a.cells.cellDegrees, "With --grid: cell side in degrees")
        ->check(kDividesHalfTurn)
        ->capture_default_str();
    sub.add_option("--pseudo-count", a.cells.pseudoCount, "With --grid: added to every count")
        ->check(CLI::PositiveNumber & kFinite)
        ->capture_default_str();
    sub.add_option("--epochs", a.net.epochs, "Network: epochs")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    sub.add_option("--batch-size", a.net.batchSize,
                   "Network: photos per step; 0 = 1024, fewer on small sets (16 steps an epoch)")
        ->check(CLI::Range(0, 1 << 20))
        ->capture_default_str();
    sub.add_option("--lr", a.net.lr, "Network: Adam's learning rate")
        ->check(CLI::PositiveNumber & kFinite)
        ->capture_default_str();
    sub.add_option("--lr-decay", a.net.lrDecay, "Network: learning-rate factor per epoch")
        ->check(CLI::Range(0.0, 1.0) & kFinite)
        ->capture_default_str();
    sub.add_option("--max-per-class", a.net.maxPerClass, "Network: photos of a class per epoch")
        ->check(CLI::Range(1, 1 << 30))
        ->capture_default_str();
    sub.add_option("--seed", a.net.seed, "Network: random seed")
        ->check(kNonNegative)
        ->capture_default_str();
    sub.add_option("--device", a.net.device, "Network: where to train")
        ->check(CLI::IsMember({"auto", "cpu", "cuda"}))
        ->capture_default_str();
    sub.add_option("--threads", a.threads, "Network: LibTorch threads; 0 = cores")
        ->check(CLI::Range(0, 1024));
    sub.add_flag("--quiet", a.quiet, "No progress or per-epoch lines");
}

}  // namespace

Command addGeo(CLI::App& app) {
    auto* geo = app.add_subcommand(
        "geo", "The geographic prior: where and when species are seen, from the locations file");
    geo->require_subcommand(1);
    auto train = std::make_shared<GeoTrainArgs>();
    auto* trainSub = geo->add_subcommand(
        "train",
        "Train the network prior (Mac Aodha et al., ICCV 2019: 30 epochs, Adam 5e-4 "
        "decayed 0.98 an epoch, at most 100 photos a class an epoch) or build the grid "
        "prior (--grid), and write it as a GEO file");
    addTrainOptions(*trainSub, *train);
    auto evaluate = std::make_shared<GeoEvaluateArgs>();
    auto* evalSub = geo->add_subcommand(
        "evaluate",
        "Top-1/top-3 accuracy of a prior alone on a split's located photos, next to "
        "the class-frequency prior");
    addDatasetOptions(*evalSub, evaluate->dataset);
    evalSub->add_option("--split", evaluate->split, "Split to score (needs labels)")
        ->check(CLI::IsMember({"val", "train"}))
        ->capture_default_str();
    evalSub->add_option("--geo", evaluate->prior, "The GEO file")
        ->required()
        ->type_name("FILE.geo");
    evalSub->add_flag("--json", evaluate->json, "One JSON document on stdout");
    return {geo, [train, evaluate, trainSub] {
                return trainSub->parsed() ? runTrain(*train) : runEvaluate(*evaluate);
            }};
}

}  // namespace taxa::cli
