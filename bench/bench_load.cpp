// Loads a dataset's train + val + categories into Dataset + Taxonomy + per-class counts, as
// bench/load_bench.py (and, for folders of classes and 2021, bench/layout_bench.py) does in
// Python, and prints the best wall time and the peak memory. Any layout the loader reads.
// Usage: bench_load DATASET_DIR [REPEATS] [LAYOUT]

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "dataset/DatasetLoader.h"
#include "dataset/Taxonomy.h"
#include "util/Error.h"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_load DATASET_DIR [REPEATS] [LAYOUT]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
    try {
        taxa::LoadOptions options;
        if (argc > 3) options.layout = argv[3];
        taxa::DatasetFiles files = taxa::findDatasetFiles(argv[1], options);
        files.test.clear();  // the benchmark covers train + val + categories
        files.trainLocations.clear();
        files.valLocations.clear();
        double best = 1e30;
        size_t images = 0, nodes = 0;
        for (int r = 0; r < repeats; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            const taxa::Dataset ds = taxa::loadDataset(files);
            const taxa::Taxonomy tax = taxa::Taxonomy::build(ds);
            const auto train = ds.classCounts(taxa::Split::Train);
            const double s =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            best = std::min(best, s);
            images = ds.images.size();
            nodes = static_cast<size_t>(tax.size()) + train.size() * 0;
        }
        rusage ru{};
        getrusage(RUSAGE_SELF, &ru);
        std::printf("{\"seconds\": %.4f, \"peak_mb\": %.1f, \"images\": %zu, \"taxa\": %zu}\n",
                    best, static_cast<double>(ru.ru_maxrss) / 1024.0, images, nodes);
    } catch (const taxa::Error& e) {
        std::fprintf(stderr, "bench_load: %s\n", e.what());
        return 1;
    }
    return 0;
}
