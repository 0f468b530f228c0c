// The analyses that explain errors, at full scale: expected calibration error (split,
// supercategories, buckets), hardness + mistakenness of every image and the ranked likely label
// errors, and the taxonomy-ordered sparse confusion matrix at all seven levels. Inputs: the val
// split of the full-scale set (24,426 images, 8,142 classes) with generated top-5 predictions
// and scores. Writes those inputs to OUT_DIR for the Python peer (bench/errors_bench.py) and
// prints one JSON line: the best milliseconds of 21 runs per stage, and checksums the peer must
// match. Run both with bench/run_errors_bench.sh.
// Usage: bench_errors FULL_SCALE_DIR OUT_DIR

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <vector>

#include "dataset/Buckets.h"
#include "dataset/DatasetLoader.h"
#include "eval/Analysis.h"
#include "eval/Calibration.h"
#include "eval/ConfusionIndex.h"
#include "eval/LabelErrors.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/Rng.h"
#ifdef TAXA_BENCH_RASTER
#include "views/analysis/ConfusionRaster.h"
#endif

using namespace taxa;

namespace {

// The fastest of @p runs: on a shared machine the others measure the neighbours.
double bestMs(int runs, const std::function<void()>& work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        work();
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    return *std::min_element(ms.begin(), ms.end());
}

// Top-5 guesses: right a third of the time; otherwise half the time a species of the same
// genus (the fine-grained errors), else any species. Scores: five decreasing random shares of
// a mass between 0.5 and 1 (the rest is the tail).
PredictionSet generate(const Dataset& ds, const Taxonomy& tax) {
    std::map<int32_t, std::vector<int32_t>> byGenus;
    for (int32_t c = 0; c < tax.classCount(); ++c)
        byGenus[tax.ancestor(tax.speciesNode(c), Rank::Genus)].push_back(c);
    Rng rng(1);
    const auto classes = static_cast<uint64_t>(tax.classCount());
    PredictionSet p;
    for (const ImageRecord& im : ds.images) {
        if (im.split != Split::Val) continue;
        const auto& genus = byGenus[tax.ancestor(tax.speciesNode(im.label), Rank::Genus)];
        Prediction row{im.id, {}, {}};
        row.classes.push_back(rng.chance(1.0 / 3) ? im.label
                              : rng.chance(0.5)   ? genus[rng.below(genus.size())]
                                                  : int32_t(rng.below(classes)));
        while (row.classes.size() < 5) {
            const auto c = int32_t(rng.below(classes));
            if (std::find(row.classes.begin(), row.classes.end(), c) == row.classes.end())
                row.classes.push_back(c);
        }
        std::vector<double> w(5);
        double sum = 0;
        for (double& x : w)
            sum += x = rng.uniform(0.01, 1.0);
        std::sort(w.rbegin(), w.rend());
        const double mass = rng.uniform(0.5, 1.0);
        for (double x : w)
            row.scores.push_back(float(x / sum * mass));
        p.rows.push_back(std::move(row));
    }
    return p;
}

// The peer's inputs: per class its supercategory, train count and the taxon names of its path.
std::string classTable(const Dataset& ds, const Taxonomy& tax, const std::vector<int64_t>& train) {
    std::string out =
        "class\tcategory_id\tsupercategory\ttrain\tkingdom\tphylum\tclass_\torder\t"
        "family\tgenus\tspecies\n";
    for (int32_t c = 0; c < tax.classCount(); ++c) {
        out += std::to_string(c) + "\t" + std::to_string(ds.categories[size_t(c)].id) + "\t" +
               tax.supercategories()[size_t(tax.supercategoryOf(c))] + "\t" +
               std::to_string(train[size_t(c)]);
        for (Rank r : {Rank::Kingdom, Rank::Phylum, Rank::Class, Rank::Order, Rank::Family,
                       Rank::Genus, Rank::Species})
            out += "\t" + tax.node(tax.ancestor(tax.speciesNode(c), r)).name;
        out += "\n";
    }
    return out;
}

// Same formula in the peer: per cell (row + 1) * (col + 7) * count, summed.
long long sliceChecksum(const ConfusionSlice& s) {
    long long sum = 0;
    for (const ConfusionCell& c : s.cells)
        sum += (c.row + 1LL) * (c.col + 7LL) * c.count;
    return sum;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_errors FULL_SCALE_DIR OUT_DIR\n");
        return 2;
    }
    try {
        DatasetFiles files = findDatasetFiles(argv[1]);
        files.test.clear();
        const Dataset ds = loadDataset(files);
        const Taxonomy tax = Taxonomy::build(ds);
        const auto train = ds.classCounts(Split::Train);
        const auto edges = defaultBucketEdges();
        const std::string out = argv[2];
        // Through the top-k file and back, so that both sides see the same rounded scores.
        writeFileAtomic(out + "/val.topk.csv", toTopkCsv(generate(ds, tax), ds));
        writeFileAtomic(out + "/classes.tsv", classTable(ds, tax, train));
        const PredictionSet p =
            readPredictions(readFile(out + "/val.topk.csv"), "val.topk.csv", ds, Split::Val);
        const std::vector<int32_t> truths = rowLabels(ds, p);
        std::string truthCsv = "image_id,class\n";
        for (size_t i = 0; i < p.rows.size(); ++i)
            truthCsv += std::to_string(p.rows[i].imageId) + "," + std::to_string(truths[i]) + "\n";
        writeFileAtomic(out + "/truth.csv", truthCsv);
        const AnalysisReport report = analyse(ds, tax, p, train, edges);
        const int32_t classes = tax.classCount();
        const int runs = 21;

        CalibrationReport cal;
        const double eceMs = bestMs(runs, [&] { cal = calibrate(p, truths, tax, train, edges); });
        std::vector<int32_t> ranked;
        const double errorsMs =
            bestMs(runs, [&] { ranked = likelyLabelErrors(scoreImages(p, truths, classes)); });
        std::vector<ConfusionSlice> slices;
        const double confusionMs = bestMs(runs, [&] {
            const ConfusionIndex x = ConfusionIndex::build(tax, report.confusedPairs);
            slices.clear();
            for (int l = 0; l < kConfusionLevels; ++l)
                slices.push_back(x.slice(ConfusionLevel(l)));
        });

        // What the GUI draws for the whole matrix by species (no peer: drawing is ours alone).
        double rasterMs = -1;
#ifdef TAXA_BENCH_RASTER
        rasterMs = bestMs(runs, [&] { rasteriseConfusion(slices.back(), QSize(800, 800)); });
#endif

        double groupEce = 0;
        for (const Reliability& r : cal.supercategories)
            groupEce += r.ece();
        for (const Reliability& r : cal.buckets)
            groupEce += r.ece();
        std::string top;
        for (size_t i = 0; i < 100 && i < ranked.size(); ++i)
            top += (i ? "," : "") + std::to_string(p.rows[size_t(ranked[i])].imageId);
        std::string levels;
        for (const ConfusionSlice& s : slices)
            levels += std::string(levels.empty() ? "" : ",") + "[" + std::to_string(s.rows.size()) +
                      "," + std::to_string(s.cells.size()) + "," + std::to_string(s.total) + "," +
                      std::to_string(sliceChecksum(s)) + "]";
        std::printf(
            "{\"images\": %zu, \"classes\": %d, \"ece_ms\": %.3f, \"errors_ms\": %.3f, "
            "\"confusion_ms\": %.3f, \"raster_ms\": %.3f, \"ece\": %.12f, \"group_ece_sum\": "
            "%.12f, "
            "\"wrong\": %zu, \"top_errors\": [%s], \"levels\": [%s]}\n",
            p.rows.size(), classes, eceMs, errorsMs, confusionMs, rasterMs, cal.all.ece(), groupEce,
            ranked.size(), top.c_str(), levels.c_str());
    } catch (const Error& e) {
        std::fprintf(stderr, "bench_errors: %s\n", e.what());
        return 1;
    }
    return 0;
}
