#include <cstdio>

#include "Args.h"
#include "Commands.h"
#include "ProgressPrinter.h"
#include "dataset/Buckets.h"
#include "dataset/DatasetLoader.h"
#include "dataset/SplitChecks.h"
#include "dataset/Stats.h"
#include "dataset/Taxonomy.h"

namespace taxa::cli {

int runStats(int argc, char** argv) {
    const Args args(argc, argv, 2, {"dataset"}, {"json", "lenient", "check-files"});
    LoadOptions lo;
    lo.strict = !args.has("lenient");
    const ProgressFn progress = terminalProgress();
    const Dataset ds = loadDataset(args.required("dataset"), lo, progress);
    const Taxonomy tax = Taxonomy::build(ds);
    SplitCheckOptions co = defaultChecks(ds.layout);
    co.checkFiles = args.has("check-files");
    const DatasetStats stats =
        computeStats(ds, tax, runSplitChecks(ds, co, progress), defaultBucketEdges());
    const std::string out = args.has("json") ? statsToJson(stats, ds) : statsToText(stats);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

}  // namespace taxa::cli
