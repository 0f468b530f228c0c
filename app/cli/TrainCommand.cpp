#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <type_traits>

#include "Commands.h"
#include "Launcher.h"
#include "dataset/DatasetLoader.h"
#include "dataset/Taxonomy.h"
#include "engine/Engine.h"
#include "train/RunFolder.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

namespace taxa::cli {

namespace {

std::atomic<bool> interrupted{false};
extern "C" void onInterrupt(int) {
    interrupted = true;
}

struct TrainArgs {
    DatasetArgs dataset;
    std::string out, config, preset = "quick-cpu", resume;
    bool quiet = false;
    int nproc = 1;
    int timeoutSeconds = 0;  ///< 0: the environment's (TAXA_DIST_TIMEOUT) or 300
    bool noOverlap = false;
    double bucketMb = 25;
    std::vector<std::string> argv;  ///< The whole command line, for the launcher
    /// Setters of the config fields whose options were given; they override preset or file.
    std::vector<std::function<void(TrainConfig&)>> overrides;
    std::vector<CLI::Option*> overrideOptions;
};

// An option that overrides one config field when given (and only then).
template <class T, class Set>
CLI::Option* addOverride(CLI::App& sub, TrainArgs& a, const std::string& flag,
                         const std::string& help, Set set) {
    auto value = std::make_shared<T>();
    CLI::Option* opt = sub.add_option(flag, *value, help);
    if constexpr (std::is_floating_point_v<T>) opt->check(kFinite);
    if constexpr (std::is_unsigned_v<T>) opt->check(kNonNegative);
    a.overrideOptions.push_back(opt);
    a.overrides.push_back([opt, value, set](TrainConfig& c) {
        if (opt->count()) set(c, *value);
    });
    return opt;
}

void addModelOverrides(CLI::App& sub, TrainArgs& a) {
    addOverride<std::string>(sub, a, "--arch", "Backbone",
                             [](TrainConfig& c, const std::string& v) { c.model.arch = v; })
        ->check(CLI::IsMember({"resnet18", "resnet34", "resnet50", "resnet101", "resnet152"}));
    addOverride<std::string>(sub, a, "--head", "Average pooling + FC, or iSQRT-COV + FC",
                             [](TrainConfig& c, const std::string& v) { c.model.head = v; })
        ->check(CLI::IsMember({"avg", "mpncov"}));
    addOverride<int>(sub, a, "--cov-dim", "iSQRT-COV: channels d after the 1x1 reduction",
                     [](TrainConfig& c, int v) { c.model.covDim = v; })
        ->check(CLI::Range(2, 1024));
    addOverride<int>(sub, a, "--ns-iterations", "iSQRT-COV: Newton-Schulz steps N",
                     [](TrainConfig& c, int v) { c.model.nsIterations = v; })
        ->check(CLI::Range(1, 50));
}

void addDataOverrides(CLI::App& sub, TrainArgs& a) {
    auto* crop = addOverride<int>(sub, a, "--crop", "Crop size C (sets --resize to C*8/7 too)",
                                  [](TrainConfig& c, int v) {
                                      c.crop = v;
                                      c.resize = (v * 8 + 6) / 7;
                                  });
    crop->check(CLI::Range(16, 2048));
    // Declared after --crop, so an explicit --resize wins over the one --crop implies.
    addOverride<int>(sub, a, "--resize", "Shorter side S before cropping",
                     [](TrainConfig& c, int v) { c.resize = v; })
        ->check(CLI::Range(16, 4096));
    addOverride<int>(sub, a, "--batch-size", "Images per step", [](TrainConfig& c, int v) {
        c.batchSize = v;
    })->check(CLI::Range(1, 65536));
    addOverride<std::string>(sub, a, "--sampler", "Which images an epoch draws",
                             [](TrainConfig& c, const std::string& v) { c.sampler = v; })
        ->check(CLI::IsMember({"instance", "class-balanced", "sqrt", "power"}));
    addOverride<double>(sub, a, "--sampler-q", "For --sampler power: class j drawn ~ n_j^q",
                        [](TrainConfig& c, double v) { c.samplerQ = v; })
        ->check(CLI::Range(0.0, 1.0));
    addOverride<int>(sub, a, "--loader-threads", "Decoding threads; 0 = cores",
                     [](TrainConfig& c, int v) { c.loaderThreads = v; })
        ->check(CLI::Range(0, 1024));
    addOverride<int64_t>(sub, a, "--max-steps", "Cap on steps per epoch (quick runs); 0 = none",
                         [](TrainConfig& c, int64_t v) { c.maxStepsPerEpoch = v; })
        ->check(CLI::Range(int64_t(0), int64_t(1) << 40));
}

void addOptimiserOverrides(CLI::App& sub, TrainArgs& a) {
    addOverride<int>(sub, a, "--epochs", "Epochs of every stage", [](TrainConfig& c, int v) {
        for (auto& s : c.stages)
            s.epochs = v;
    })->check(CLI::Range(1, 100000));
    addOverride<double>(sub, a, "--lr", "Peak learning rate of every stage",
                        [](TrainConfig& c, double v) {
                            for (auto& s : c.stages)
                                s.lr = v;
                        })
        ->check(CLI::PositiveNumber);
    addOverride<std::string>(sub, a, "--schedule", "Learning-rate schedule of each stage",
                             [](TrainConfig& c, const std::string& v) { c.schedule = v; })
        ->check(CLI::IsMember({"cosine", "step", "constant"}));
    addOverride<double>(sub, a, "--warmup", "Linear warm-up epochs at the start of each stage",
                        [](TrainConfig& c, double v) { c.warmupEpochs = v; })
        ->check(CLI::Range(0.0, 1e6));
    addOverride<double>(sub, a, "--label-smoothing", "eps: probability taken from the truth",
                        [](TrainConfig& c, double v) { c.labelSmoothing = v; })
        ->check(CLI::Range(0.0, 0.999));
    addOverride<std::string>(sub, a, "--smoothing", "Where the smoothing mass goes",
                             [](TrainConfig& c, const std::string& v) { c.smoothing = v; })
        ->check(CLI::IsMember({"uniform", "taxonomy"}));
}

void addParallelOptions(CLI::App& sub, TrainArgs& a) {
    addOverride<std::string>(
        sub, a, "--batch-norm",
        "Batch-norm statistics: per process (DDP's default), frozen, or sync(hronised) over "
        "all processes",
        [](TrainConfig& c, const std::string& v) { c.batchNorm = v; })
        ->check(CLI::IsMember({"batch", "frozen", "sync"}));
    sub.add_option("--nproc-per-node", a.nproc,
                   "Start N data-parallel processes here (one per GPU, or N CPU processes); "
                   "under torchrun or srun each process is already one rank")
        ->check(CLI::Range(1, 1024))
        ->capture_default_str();
    sub.add_option("--dist-timeout", a.timeoutSeconds,
                   "Seconds a rank waits for the others before the run stops (default 300)")
        ->check(CLI::Range(1, 86400));
    sub.add_option("--bucket-mb", a.bucketMb, "Gradient bucket size in MB (DDP's bucket_cap_mb)")
        ->check(CLI::Range(0.01, 4096.0) & kFinite)
        ->capture_default_str();
    sub.add_flag("--no-overlap", a.noOverlap,
                 "All-reduce gradients after the backward instead of during it (to measure)");
}

void addRuntimeOverrides(CLI::App& sub, TrainArgs& a) {
    addOverride<std::string>(sub, a, "--device", "Where to train",
                             [](TrainConfig& c, const std::string& v) { c.device = v; })
        ->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    addOverride<int>(sub, a, "--threads", "LibTorch threads; 0 = cores", [](TrainConfig& c, int v) {
        c.threads = v;
    })->check(CLI::Range(0, 1024));
    addOverride<uint64_t>(sub, a, "--seed", "Seed of weights, sampling and augmentation",
                          [](TrainConfig& c, uint64_t v) { c.seed = v; });
    addOverride<std::string>(
        sub, a, "--init",
        "Initial weights: a checkpoint (maybe of another dataset), a PyTorch state dict "
        "(torchvision's .pth) or a TorchScript file",
        [](TrainConfig& c, const std::string& v) { c.init = v; })
        ->type_name("FILE");
}

TrainConfig configOf(const TrainArgs& a) {
    TrainConfig cfg =
        a.config.empty() ? TrainConfig::preset(a.preset) : TrainConfig::load(a.config);
    for (const auto& apply : a.overrides)
        apply(cfg);
    return cfg;
}

TrainCallbacks terminalCallbacks(bool live) {
    auto lastDraw = std::make_shared<std::chrono::steady_clock::time_point>();
    TrainCallbacks cb;
    cb.keepGoing = [] { return !interrupted.load(); };
    cb.onLog = [](const std::string& line) {
        std::printf("%s\n", line.c_str()), std::fflush(stdout);
    };
    cb.onStep = [live, lastDraw](const StepMetrics& m) {
        const auto now = std::chrono::steady_clock::now();
        if (!live || now - *lastDraw < std::chrono::milliseconds(200)) return;
        *lastDraw = now;
        std::fprintf(
            stderr,
            "\r\033[Kstage %s epoch %d batch %lld/%lld  loss %.4f  lr %.5f  top-1 %.3f  %.0f img/s",
            m.stageName.c_str(), m.epoch + 1, static_cast<long long>(m.batch + 1),
            static_cast<long long>(m.batches), m.loss, m.lr, m.trainTop1, m.imagesPerSecond);
    };
    cb.onEpoch = [live](const EpochMetrics&) {
        if (live) std::fprintf(stderr, "\r\033[K");
    };
    return cb;
}

DistEnv distEnvOf(const TrainArgs& a) {
    DistEnv dist = distEnvFromEnvironment();
    if (a.timeoutSeconds > 0) dist.timeoutSeconds = a.timeoutSeconds;
    dist.overlap = !a.noOverlap;
    dist.bucketMb = a.bucketMb;
    return dist;
}

// The command line again, without --nproc-per-node, for each rank.
std::vector<std::string> rankCommandLine(const std::vector<std::string>& argv) {
    std::vector<std::string> out;
    for (size_t i = 0; i < argv.size(); ++i) {
        if (argv[i] == "--nproc-per-node") {
            ++i;
            continue;
        }
        if (argv[i].rfind("--nproc-per-node=", 0) == 0) continue;
        out.push_back(argv[i]);
    }
    return out;
}

int runTrain(const TrainArgs& a) {
    const TrainConfig cfg = a.resume.empty() ? configOf(a) : TrainConfig{};  // bad files first
    DistEnv dist = distEnvOf(a);
    if (a.nproc > 1) {
        if (dist.distributed())
            throw Error(
                "--nproc-per-node starts ranks itself; under torchrun or srun leave it out");
        return launchLocalRanks(a.nproc, rankCommandLine(a.argv), dist.timeoutSeconds);
    }
    const Dataset ds = loadDataset(a.dataset.dir, a.dataset.load);
    const Taxonomy tax = Taxonomy::build(ds);
    engine::Training training = a.resume.empty()
                                    ? engine::Training::start(ds, tax, cfg, a.out, dist)
                                    : engine::Training::resume(ds, tax, a.resume, dist);
    const std::string runDir = a.resume.empty() ? a.out : a.resume;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    // Rank 0 speaks for the run; the others only report their own errors.
    const bool speaks = dist.rank == 0;
    const bool live = speaks && !a.quiet && ::isatty(STDERR_FILENO);
    TrainCallbacks cb = terminalCallbacks(live);
    if (!speaks) cb.onLog = nullptr;
    const TrainResult r = training.run(cb);
    if (!speaks) return 0;
    if (live) std::fprintf(stderr, "\r\033[K");
    if (r.stopped) {
        std::printf("Stopped; continue with: taxa-cli train %s --resume %s\n",
                    a.dataset.flags().c_str(), runDir.c_str());
        return 0;
    }
    std::printf("Finished: best %s top-1 %.4f; checkpoints in %s\n",
                r.last.evalSet.empty() ? "val" : r.last.evalSet.c_str(), r.bestTop1,
                RunFolder(runDir).checkpoints().c_str());
    return 0;
}

}  // namespace

Command addTrain(CLI::App& app, const std::vector<std::string>& argv) {
    auto* sub = app.add_subcommand(
        "train",
        "Train a classifier into a run folder (config.json, metrics.jsonl, "
        "checkpoints/), or continue one with --resume; Ctrl-C stops after the batch");
    auto a = std::make_shared<TrainArgs>();
    a->argv = argv;
    addDatasetOptions(*sub, a->dataset);
    auto* out = sub->add_option("--out", a->out, "New run folder")->type_name("RUNDIR");
    auto* resume = sub->add_option("--resume", a->resume,
                                   "Continue the stopped or killed run "
                                   "in this folder")
                       ->type_name("RUNDIR");
    out->excludes(resume);
    sub->add_option("--preset", a->preset, "Start from a preset")
        ->check(CLI::IsMember(trainPresetNames()))
        ->capture_default_str()
        ->excludes(resume);
    sub->add_option("--config", a->config, "Start from a config file (a run's config.json)")
        ->type_name("FILE")
        ->excludes(resume);
    addModelOverrides(*sub, *a);
    addDataOverrides(*sub, *a);
    addOptimiserOverrides(*sub, *a);
    addRuntimeOverrides(*sub, *a);
    addParallelOptions(*sub, *a);
    sub->add_flag("--quiet", a->quiet, "No live progress line on the terminal");
    sub->final_callback([a, out, resume] {
        if (!out->count() && !resume->count())
            throw CLI::RequiredError("--out RUNDIR (a new run) or --resume RUNDIR");
        // A resumed run keeps its config.json; a flag would be silently ignored.
        for (const CLI::Option* o : a->overrideOptions)
            if (resume->count() && o->count())
                throw CLI::ExcludesError(o->get_name(), "--resume (the run keeps its config)");
    });
    return {sub, [a] { return runTrain(*a); }};
}

}  // namespace taxa::cli
