#include <cmath>
#include <cstdio>

#include "Args.h"
#include "Commands.h"
#include "ProgressPrinter.h"
#include "dataset/Buckets.h"
#include "dataset/DatasetLoader.h"
#include "dataset/Taxonomy.h"
#include "eval/Analysis.h"
#include "eval/Predictor.h"
#include "model/ResNet.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

namespace taxa::cli {

namespace {

Split parseSplit(const std::string& s) {
    if (s == "val") return Split::Val;
    if (s == "test") return Split::Test;
    throw Error("--split must be val or test");
}

// FILE.csv -> FILE.topk.csv, next to the Kaggle CSV.
std::string topkPath(const std::string& csv) {
    const auto dot = csv.rfind(".csv");
    return (dot != std::string::npos && dot + 4 == csv.size() ? csv.substr(0, dot) : csv) +
           ".topk.csv";
}

std::vector<int64_t> parseEdges(const Args& args) {
    const std::vector<double> numbers = args.getNumbers("buckets");
    if (numbers.empty()) return defaultBucketEdges();
    std::vector<int64_t> edges;
    for (double x : numbers) {
        if (x != std::floor(x) || x < 0 || x > 1e12)
            throw Error("option --buckets: edges are whole numbers of training images");
        edges.push_back(static_cast<int64_t>(x));
    }
    if (edges.size() < 2 || !std::is_sorted(edges.begin(), edges.end()))
        throw Error("--buckets needs at least two increasing edges, e.g. 2,5,10,1001");
    return edges;
}

}  // namespace

int runPredict(int argc, char** argv) {
    const Args args(
        argc, argv, 2,
        {"dataset", "split", "checkpoint", "weights", "tta", "out", "k", "threads", "device"}, {});
    const Dataset ds = loadDataset(args.required("dataset"));
    PredictOptions o;
    o.checkpoints = args.all("checkpoint");
    if (o.checkpoints.empty()) throw Error("missing required option --checkpoint");
    o.weights = args.getNumbers("weights");
    o.tta = args.get("tta", "centre");
    o.k = static_cast<int>(args.getInt("k", 5, 3, 1000));
    o.threads = static_cast<int>(args.getInt("threads", 0, 0, 1024));
    o.device = args.get("device", "auto");
    setTorchThreads(o.threads);
    const std::string out = args.required("out");
    PredictStats stats;
    const PredictionSet p =
        predict(ds, parseSplit(args.get("split", "val")), o, terminalProgress(), &stats);
    writeFileAtomic(out, toKaggleCsv(p, ds));
    writeFileAtomic(topkPath(out), toTopkCsv(p, ds));
    std::printf("Predicted %lld images (%lld views each, %zu model%s): %s and %s\n",
                (long long)stats.images, (long long)stats.windowsPerImage, o.checkpoints.size(),
                o.checkpoints.size() == 1 ? "" : "s", out.c_str(), topkPath(out).c_str());
    if (stats.badImages)
        std::printf("%lld images could not be decoded; they were given the most frequent classes\n",
                    (long long)stats.badImages);
    return 0;
}

int runEvaluate(int argc, char** argv) {
    const Args args(argc, argv, 2, {"dataset", "split", "predictions", "buckets"}, {"json"});
    const std::vector<int64_t> edges = parseEdges(args);  // bad options before slow work
    const Dataset ds = loadDataset(args.required("dataset"));
    const Taxonomy tax = Taxonomy::build(ds);
    const Split split = parseSplit(args.get("split", "val"));
    if (split != Split::Val) throw Error("evaluate needs labels: use --split val");
    const std::string path = args.required("predictions");
    const PredictionSet p = readPredictions(readFile(path), path, ds, split);
    const AnalysisReport r = analyse(ds, tax, p, ds.classCounts(Split::Train), edges);
    const std::string text =
        args.has("json") ? analysisToJson(r, ds, tax) : analysisToText(r, ds, tax);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

}  // namespace taxa::cli
