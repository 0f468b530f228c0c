#include <chrono>
#include <cstdio>

#include "Args.h"
#include "Commands.h"
#include "ProgressPrinter.h"
#include "dataset/DemoGenerator.h"
#include "dataset/Stats.h"

namespace taxa::cli {

int runDemo(int argc, char** argv) {
    const Args args(
        argc, argv, 2,
        {"out", "species", "seed", "max-train", "min-train", "val", "test", "image-size"},
        {"full-scale", "no-images"});
    DemoOptions o;
    o.out = args.required("out");
    o.fullScale = args.has("full-scale");
    o.images = !args.has("no-images");
    o.plan.species = static_cast<int>(args.getInt("species", o.plan.species, 14, 100000));
    o.plan.seed = args.getSeed("seed", o.plan.seed);
    o.plan.minTrain = args.getInt("min-train", o.plan.minTrain, 1, 1000000);
    o.plan.maxTrain = args.getInt("max-train", o.plan.maxTrain, 1, 1000000);
    o.plan.valPerSpecies = args.getInt("val", o.plan.valPerSpecies, 0, 100000);
    o.plan.testPerSpecies = args.getInt("test", o.plan.testPerSpecies, 0, 100000);
    o.imageSide = static_cast<int>(args.getInt("image-size", o.imageSide, 32, 4096));

    const auto t0 = std::chrono::steady_clock::now();
    const DemoSummary s = generateDemo(o, terminalProgress());
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("Wrote %s species, %s train, %s val, %s test images%s to %s in %.1f s\n",
                withThousands(s.species).c_str(), withThousands(s.train).c_str(),
                withThousands(s.val).c_str(), withThousands(s.test).c_str(),
                o.images ? "" : " (metadata only)", o.out.c_str(), secs);
    return 0;
}

}  // namespace taxa::cli
