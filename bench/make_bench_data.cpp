// Writes a benchmark input: the metadata of a full-scale set in a published shape.
// Usage: make_bench_data 2018|2019|2021 DIR

#include <cstdio>
#include <cstring>

#include "dataset/DemoGenerator.h"
#include "dataset/Layouts.h"
#include "util/Error.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_bench_data 2018|2019|2021 DIR\n");
        return 2;
    }
    try {
        taxa::DemoOptions o;
        o.shape = taxa::parseLayout(argv[1]);
        o.out = argv[2];
        o.fullScale = true;
        o.images = false;
        const taxa::DemoSummary s = taxa::generateDemo(o);
        std::printf("%lld species, %lld train (%lld in train_mini), %lld val, %lld test\n",
                    (long long)s.species, (long long)s.train, (long long)s.mini, (long long)s.val,
                    (long long)s.test);
    } catch (const taxa::Error& e) {
        std::fprintf(stderr, "make_bench_data: %s\n", e.what());
        return 1;
    }
    return 0;
}
