#include <chrono>
#include <cstdio>
#include <memory>

#include "Commands.h"
#include "ProgressPrinter.h"
#include "dataset/DemoGenerator.h"
#include "dataset/Layouts.h"
#include "dataset/Stats.h"

namespace taxa::cli {

namespace {

int runDemo(const DemoOptions& o) {
    const auto t0 = std::chrono::steady_clock::now();
    const DemoSummary s = generateDemo(o, terminalProgress());
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("Wrote %s species, %s train%s, %s val, %s test images%s to %s in %.1f s\n",
                withThousands(s.species).c_str(), withThousands(s.train).c_str(),
                s.mini ? (" (" + withThousands(s.mini) + " in train_mini)").c_str() : "",
                withThousands(s.val).c_str(), withThousands(s.test).c_str(),
                o.images ? "" : " (metadata only)", o.out.c_str(), secs);
    return 0;
}

}  // namespace

Command addDemo(CLI::App& app) {
    auto* sub = app.add_subcommand(
        "demo",
        "Write a synthetic dataset in the iNaturalist 2018 layout (or 2019, 2021; "
        "deterministic for a seed, fine-grained, long-tailed), or the metadata of a "
        "full-scale set");
    // CLI11 writes into these when parsing, after this function has returned.
    struct DemoArgs {
        DemoOptions first;
        bool second = false;  // --no-images
        std::string layout = "inat2018";
    };
    auto args = std::make_shared<DemoArgs>();
    DemoOptions* o = &args->first;
    sub->add_option("--out", o->out, "Folder to write into")->required()->type_name("DIR");
    sub->add_option("--species", o->plan.species, "Species (all 14 supercategories appear)")
        ->check(CLI::Range(14, 100000))
        ->capture_default_str();
    sub->add_option("--seed", o->plan.seed, "Seed: the same options give the same bytes")
        ->check(kNonNegative)
        ->capture_default_str();
    sub->add_flag("--full-scale", o->fullScale,
                  "The published shape of the layout's year: 2018 8,142 species, 437,513 "
                  "train images; 2019 1,010 species in 72 genera; 2021 10,000 species, "
                  "2,686,843 train images (500,000 in train_mini)");
    sub->add_option("--layout", args->layout,
                    "The year whose files are written (inat2019: train2019.json ...; inat2021: "
                    "train.json, train_mini.json, val.json, public_test.json)")
        ->check(CLI::IsMember({"inat2018", "inat2019", "inat2021"}))
        ->capture_default_str();
    sub->add_flag("--no-images", args->second, "Metadata only, no JPEGs");
    sub->add_flag("--force", o->force,
                  "Write into DIR even if it holds files the demo did not write (system folders "
                  "are refused even so)");
    sub->add_option("--min-train", o->plan.minTrain, "Fewest train images of a species")
        ->check(CLI::Range(1, 1000000))
        ->capture_default_str();
    sub->add_option("--max-train", o->plan.maxTrain, "Most train images of a species")
        ->check(CLI::Range(1, 1000000))
        ->capture_default_str();
    sub->add_option("--val", o->plan.valPerSpecies, "Val images per species")
        ->check(CLI::Range(0, 100000))
        ->capture_default_str();
    sub->add_option("--test", o->plan.testPerSpecies, "Test images per species")
        ->check(CLI::Range(0, 100000))
        ->capture_default_str();
    sub->add_option("--image-size", o->imageSide, "Longest side of the images in pixels")
        ->check(CLI::Range(32, 4096))
        ->capture_default_str();
    return {sub, [args] {
                args->first.images = !args->second;
                args->first.shape = parseLayout(args->layout);
                return runDemo(args->first);
            }};
}

}  // namespace taxa::cli
