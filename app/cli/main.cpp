// taxa-cli: the headless face of Taxa Workbench, for servers, scripts, tests and benchmarks.

#include <cstdio>
#include <cstring>
#include <exception>

#include "Commands.h"
#include "util/Error.h"
#include "util/Progress.h"

namespace {

const char* kUsage =
    "usage: taxa-cli COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  demo   --out DIR [--species N] [--seed S] [--full-scale] [--no-images]\n"
    "         [--min-train N] [--max-train N] [--val N] [--test N] [--image-size PX]\n"
    "         write a synthetic dataset in the iNaturalist 2018 layout\n"
    "  stats  --dataset DIR [--json] [--lenient] [--check-files]\n"
    "         per-supercategory counts, the long tail and split checks\n"
    "  train  --dataset DIR --out RUNDIR [--preset quick-cpu|winner-2018] [--config FILE]\n"
    "         [--arch A] [--head avg|mpncov] [--crop C] [--resize S] [--batch-size N]\n"
    "         [--epochs N] [--lr X] [--sampler instance|class-balanced|sqrt] [--label-smoothing "
    "E]\n"
    "         [--smoothing uniform|taxonomy] [--device auto|cpu|cuda] [--threads N] [--seed S]\n"
    "         [--init FILE] [--max-steps N]    (--epochs and --lr set every stage)\n"
    "  train  --dataset DIR --resume RUNDIR   continue a stopped or killed run\n"
    "  predict  --dataset DIR --split val|test --checkpoint FILE [--checkpoint FILE...]\n"
    "           [--weights W1,W2] [--tta centre|flip|dense[K]|upper[W]|multiscale, joined by +]\n"
    "           [--k 5] --out FILE.csv     Kaggle CSV, and FILE.topk.csv with scores\n"
    "  evaluate --dataset DIR --split val --predictions FILE.csv [--buckets 2,5,...] [--json]\n"
    "  bench pipeline --images DIR [--threads N] [--size C] [--passes N] [--json]\n"
    "         images per second of the train and eval transforms and of plain decoding\n"
    "\n"
    "Bad input exits with status 1 and one line on stderr.\n";

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char* cmd = argv[1];
    try {
        if (!std::strcmp(cmd, "demo")) return taxa::cli::runDemo(argc, argv);
        if (!std::strcmp(cmd, "stats")) return taxa::cli::runStats(argc, argv);
        if (!std::strcmp(cmd, "bench")) return taxa::cli::runBench(argc, argv);
        if (!std::strcmp(cmd, "train")) return taxa::cli::runTrain(argc, argv);
        if (!std::strcmp(cmd, "predict")) return taxa::cli::runPredict(argc, argv);
        if (!std::strcmp(cmd, "evaluate")) return taxa::cli::runEvaluate(argc, argv);
        std::fprintf(stderr, "taxa-cli: unknown command '%s' (try --help)\n", cmd);
        return 2;
    } catch (const taxa::Error& e) {
        std::fprintf(stderr, "taxa-cli %s: %s\n", cmd, e.what());
    } catch (const taxa::Cancelled&) {
        std::fprintf(stderr, "taxa-cli %s: cancelled\n", cmd);
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "taxa-cli %s: out of memory\n", cmd);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "taxa-cli %s: internal error: %s\n", cmd, e.what());
    }
    return 1;
}
