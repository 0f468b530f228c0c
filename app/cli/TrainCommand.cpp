#include <unistd.h>
#include <csignal>
#include <cstdio>

#include <atomic>
#include <chrono>

#include "Args.h"
#include "Commands.h"
#include "dataset/DatasetLoader.h"
#include "dataset/Taxonomy.h"
#include "train/Trainer.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

namespace taxa::cli {

namespace {

std::atomic<bool> interrupted{false};
extern "C" void onInterrupt(int) {
    interrupted = true;
}

// Flags override single fields of the preset or config file.
void applyFlags(const Args& a, TrainConfig& c) {
    if (a.has("arch")) c.model.arch = a.get("arch");
    if (a.has("head")) c.model.head = a.get("head");
    c.model.covDim = static_cast<int>(a.getInt("cov-dim", c.model.covDim, 2, 1024));
    c.model.nsIterations = static_cast<int>(a.getInt("ns-iterations", c.model.nsIterations, 1, 50));
    c.crop = static_cast<int>(a.getInt("crop", c.crop, 16, 2048));
    c.resize = static_cast<int>(a.getInt(
        "resize", a.has("crop") && !a.has("resize") ? (c.crop * 8 + 6) / 7 : c.resize, 16, 4096));
    c.batchSize = static_cast<int>(a.getInt("batch-size", c.batchSize, 1, 65536));
    if (a.has("epochs")) {
        const int e = static_cast<int>(a.getInt("epochs", 1, 1, 100000));
        for (auto& s : c.stages)
            s.epochs = e;
    }
    if (a.has("lr")) {
        const double lr = a.getDouble("lr", 0.1);
        for (auto& s : c.stages)
            s.lr = lr;
    }
    if (a.has("sampler")) c.sampler = a.get("sampler");
    c.samplerQ = a.getDouble("sampler-q", c.samplerQ);
    c.labelSmoothing = a.getDouble("label-smoothing", c.labelSmoothing);
    if (a.has("smoothing")) c.smoothing = a.get("smoothing");
    if (a.has("schedule")) c.schedule = a.get("schedule");
    c.warmupEpochs = a.getDouble("warmup", c.warmupEpochs);
    if (a.has("device")) c.device = a.get("device");
    c.threads = static_cast<int>(a.getInt("threads", c.threads, 0, 1024));
    c.loaderThreads = static_cast<int>(a.getInt("loader-threads", c.loaderThreads, 0, 1024));
    c.seed = a.getSeed("seed", c.seed);
    if (a.has("init")) c.init = a.get("init");
    c.maxStepsPerEpoch = a.getInt("max-steps", c.maxStepsPerEpoch, 0, 1LL << 40);
}

}  // namespace

int runTrain(int argc, char** argv) {
    const Args args(
        argc, argv, 2,
        {"dataset",  "out",      "config",        "preset",    "resume",          "arch",
         "head",     "cov-dim",  "ns-iterations", "crop",      "resize",          "batch-size",
         "epochs",   "lr",       "sampler",       "sampler-q", "label-smoothing", "smoothing",
         "schedule", "warmup",   "device",        "threads",   "loader-threads",  "seed",
         "init",     "max-steps"},
        {"quiet"});
    const Dataset ds = loadDataset(args.required("dataset"));
    const Taxonomy tax = Taxonomy::build(ds);
    std::unique_ptr<Trainer> trainer;
    if (args.has("resume")) {
        trainer = Trainer::resume(ds, tax, args.required("resume"));
    } else {
        TrainConfig cfg = args.has("config") ? TrainConfig::load(args.get("config"))
                                             : TrainConfig::preset(args.get("preset", "quick-cpu"));
        applyFlags(args, cfg);
        trainer = std::make_unique<Trainer>(ds, tax, cfg, args.required("out"));
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const bool live = !args.has("quiet") && ::isatty(STDERR_FILENO);
    auto lastDraw = std::chrono::steady_clock::now();
    TrainCallbacks cb;
    cb.keepGoing = [] { return !interrupted.load(); };
    cb.onLog = [](const std::string& line) {
        std::printf("%s\n", line.c_str()), std::fflush(stdout);
    };
    cb.onStep = [&](const StepMetrics& m) {
        const auto now = std::chrono::steady_clock::now();
        if (!live || now - lastDraw < std::chrono::milliseconds(200)) return;
        lastDraw = now;
        std::fprintf(
            stderr,
            "\r\033[Kstage %s epoch %d batch %lld/%lld  loss %.4f  lr %.5f  top-1 %.3f  %.0f img/s",
            m.stageName.c_str(), m.epoch + 1, static_cast<long long>(m.batch + 1),
            static_cast<long long>(m.batches), m.loss, m.lr, m.trainTop1, m.imagesPerSecond);
    };
    cb.onEpoch = [&](const EpochMetrics&) {
        if (live) std::fprintf(stderr, "\r\033[K");
    };
    const TrainResult r = trainer->run(cb);
    if (live) std::fprintf(stderr, "\r\033[K");
    if (r.stopped) {
        std::printf("Stopped; continue with: taxa-cli train --dataset %s --resume %s\n",
                    args.required("dataset").c_str(), trainer->runDir().c_str());
        return 0;
    }
    std::printf("Finished: best %s top-1 %.4f; checkpoints in %s/checkpoints\n",
                r.last.evalSet.empty() ? "val" : r.last.evalSet.c_str(), r.bestTop1,
                trainer->runDir().c_str());
    return 0;
}

}  // namespace taxa::cli
