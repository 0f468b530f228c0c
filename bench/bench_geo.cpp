// The geographic prior on a dataset with locations (issue 14): the grid prior (build time, its
// top-1/top-3 alone on val next to the class-frequency prior) and the network prior (the
// paper's settings: seconds per epoch, then the same alone on val), with the median epoch timed
// against PyTorch's Python API doing the same epochs (up to 3) in the same run
// (geo_epoch_bench.py).
// With a top-k store of val predictions, also their top-1/top-3 without and with each prior.
// Usage: bench_geo DATASET_DIR [EPOCHS] [THREADS] [OUT.geo or -] [VAL.topk.csv]

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "dataset/DatasetLoader.h"
#include "eval/Analysis.h"
#include "geo/GeoCombine.h"
#include "geo/GeoEncoding.h"
#include "geo/GeoEval.h"
#include "geo/GeoNet.h"
#include "geo/GeoPrior.h"
#include "geo/GridPrior.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

void report(const char* name, const taxa::geo::GeoEvaluation& e, double seconds) {
    std::printf("%-26s top-1 %6.2f%%  top-3 %6.2f%%   (%lld val photos, scored in %.1f s)\n", name,
                100 * e.geo.top1, 100 * e.geo.top3, static_cast<long long>(e.images), seconds);
}

// The located training photos, encoded, for the Python peer.
std::string writeExamples(const taxa::Dataset& ds) {
    std::vector<float> x;
    std::vector<int64_t> y;
    for (const auto& im : ds.images) {
        const taxa::Location* loc = ds.location(im);
        taxa::geo::GeoPoint p;
        if (im.split != taxa::Split::Train || im.label < 0 || !loc ||
            !taxa::geo::toGeoPoint(*loc, p))
            continue;
        const auto e = taxa::geo::encode(p);
        x.insert(x.end(), e.begin(), e.end());
        y.push_back(im.label);
    }
    const std::string path =
        (std::filesystem::temp_directory_path() / "taxa-geo-examples.bin").string();
    std::ofstream f(path, std::ios::binary);
    const auto n = static_cast<int64_t>(y.size());
    f.write(reinterpret_cast<const char*>(&n), 8);
    f.write(reinterpret_cast<const char*>(x.data()), static_cast<std::streamsize>(x.size() * 4));
    f.write(reinterpret_cast<const char*>(y.data()), static_cast<std::streamsize>(y.size() * 8));
    return path;
}

// Top-1 and top-3 accuracy of val predictions, as they are and times each prior.
void combined(const taxa::Dataset& ds, const std::string& topk,
              const std::vector<std::pair<const char*, const taxa::geo::GeoPrior*>>& priors) {
    const taxa::Taxonomy tax = taxa::Taxonomy::build(ds);
    const auto train = ds.classCounts(taxa::Split::Train);
    const taxa::PredictionSet p =
        taxa::readPredictions(taxa::readFile(topk), topk, ds, taxa::Split::Val);
    auto show = [&](const char* name, const taxa::PredictionSet& set) {
        const taxa::AnalysisReport r = taxa::analyse(ds, tax, set, train, {2, 1001});
        std::printf("%-26s top-1 %6.2f%%  top-3 %6.2f%%\n", name, 100 * (1 - r.top1Error),
                    100 * (1 - r.top3Error));
    };
    show("image classifier alone", p);
    for (const auto& [name, prior] : priors)
        show(name, taxa::geo::applyPrior(p, *prior, ds));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_geo DATASET_DIR [EPOCHS] [THREADS] [OUT.geo]\n");
        return 2;
    }
    const int epochs = argc > 2 ? std::atoi(argv[2]) : 1;
    const int threads = argc > 3 ? std::atoi(argv[3]) : 2;
    torch::set_num_threads(threads);
    try {
        taxa::DatasetFiles files = taxa::findDatasetFiles(argv[1]);
        files.test.clear();
        const taxa::Dataset ds = taxa::loadDataset(files);
        std::printf("%zu classes, %lld train and %lld val photos\n", ds.categories.size(),
                    static_cast<long long>(ds.imageCount(taxa::Split::Train)),
                    static_cast<long long>(ds.imageCount(taxa::Split::Val)));

        auto t0 = Clock::now();
        const taxa::geo::GeoPrior grid(taxa::geo::buildGridPrior(ds, {}), "grid");
        std::printf("grid prior (2-degree cells, pseudo-count 0.1) built in %.2f s\n", since(t0));
        t0 = Clock::now();
        const auto eg = taxa::geo::evaluatePrior(grid, ds, taxa::Split::Val);
        const double gridSeconds = since(t0);
        std::printf("%-26s top-1 %6.2f%%  top-3 %6.2f%%\n", "class frequency alone",
                    100 * eg.frequency.top1, 100 * eg.frequency.top3);
        report("grid prior alone", eg, gridSeconds);

        taxa::geo::GeoTrainOptions o;
        o.epochs = epochs;
        taxa::geo::GeoTrainCallbacks cb;
        std::vector<double> seconds;
        int batch = 0;
        cb.epochDone = [&](const taxa::geo::GeoEpoch& e) {
            seconds.push_back(e.seconds);
            batch = e.batchSize;
            std::printf("epoch %d/%d: %lld photos, loss %.4f, %.1f s\n", e.epoch, e.epochs,
                        static_cast<long long>(e.examples), e.loss, e.seconds);
            std::fflush(stdout);
        };
        taxa::geo::GeoFile f = taxa::geo::trainGeoNetwork(ds, o, cb);
        if (argc > 4 && std::string(argv[4]) != "-") taxa::geo::writeGeoFile(argv[4], f);
        const taxa::geo::GeoPrior net(std::move(f), "network");
        t0 = Clock::now();
        const auto en = taxa::geo::evaluatePrior(net, ds, taxa::Split::Val);
        char name[64];
        std::snprintf(name, sizeof name, "network prior alone (%d ep)", epochs);
        report(name, en, since(t0));

        const std::string examples = writeExamples(ds);
        const std::string cmd = "/usr/bin/python3 " TAXA_SOURCE_DIR "/bench/geo_epoch_bench.py " +
                                examples + " " + std::to_string(ds.categories.size()) + " " +
                                std::to_string(threads) + " " +
                                std::to_string(std::min(3, epochs)) + " " + std::to_string(batch);
        FILE* py = popen(cmd.c_str(), "r");
        char out[512] = {};
        const size_t got = py ? std::fread(out, 1, sizeof out - 1, py) : 0;
        if (py) pclose(py);
        std::remove(examples.c_str());
        const char* at = got ? std::strstr(out, "\"seconds_per_epoch\": ") : nullptr;
        const double peer = at ? std::atof(at + 21) : -1;
        std::sort(seconds.begin(), seconds.end());
        const double ours = seconds[seconds.size() / 2];
        std::printf(
            "median seconds per epoch (batch %d), %d threads: ours %.2f, PyTorch (Python, "
            "%d epochs) %.2f: %.2fx\n",
            batch, threads, ours, std::min(3, epochs), peer, peer / ours);
        if (argc > 5)
            combined(ds, argv[5], {{"image x grid prior", &grid}, {"image x network prior", &net}});
    } catch (const taxa::Error& e) {
        std::fprintf(stderr, "bench_geo: %s\n", e.what());
        return 1;
    }
    return 0;
}
