// Writes the fuzzers' seed corpora, made of the tests' fixtures: make_fuzz_seeds DIR writes
// DIR/<target>/<name> for every target. Generated at build time rather than committed, so that
// they follow the fixtures.

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "FixtureText.h"
#include "FuzzDataset.h"
#include "ImageFixtures.h"
#include "eval/FeatureStore.h"
#include "eval/Predictions.h"
#include "geo/GeoFile.h"
#include "train/TrainConfig.h"
#include "util/AtomicFile.h"

namespace {

std::string text(const std::vector<uint8_t>& bytes) {
    return std::string(bytes.begin(), bytes.end());
}

taxa::geo::GeoFile someGrid() {
    taxa::geo::GeoFile f;
    f.kind = "grid";
    f.categoryIds = {0, 1, 7};
    f.params = {{"cell_degrees", 90}, {"pseudo_count", 1}};
    taxa::geo::GeoTensor counts;
    counts.name = "counts";
    counts.shape = {2, 3};
    counts.f = {1, 2, 3, 4, 5, 6};
    taxa::geo::GeoTensor cells;
    cells.name = "cells";
    cells.integer = true;
    cells.shape = {2};
    cells.i = {0, 7};
    f.tensors = {counts, cells};
    return f;
}

taxa::FeatureStore someFeatures() {
    taxa::FeatureStore s;
    s.dims = 4;
    s.imageIds = {10, 11, 12};
    s.splits = {0, 1, 1};
    s.source = 0x1234;
    for (int k = 0; k < 12; ++k)
        s.values.push_back(uint16_t(0x3C00 + k));  // 1.0 and up, as half floats
    return s;
}

taxa::PredictionSet somePredictions() {
    taxa::PredictionSet p;
    p.rows = {taxa::Prediction{10, {2, 0, 1}, {0.5f, 0.3f, 0.2f}},
              taxa::Prediction{11, {1, 2, 0}, {0.9f, 0.06f, 0.04f}},
              taxa::Prediction{12, {0, 1, 2}, {0.4f, 0.35f, 0.25f}}};
    return p;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_fuzz_seeds DIR\n");
        return 2;
    }
    const std::string dir = argv[1];
    auto seed = [&](const std::string& target, const std::string& name, const std::string& data) {
        taxa::writeFileAtomic(dir + "/" + target + "/" + name, data);
    };
    seed("fuzz_annotations", "train2018.json", fixtures::train2018());
    seed("fuzz_annotations", "val2018.json", fixtures::val2018());
    seed("fuzz_annotations", "test2018.json", fixtures::test2018());
    seed("fuzz_annotations", "categories.json", fixtures::categories2018(false));
    seed("fuzz_annotations", "categories-object.json",
         "{\"categories\": " + fixtures::categories2018(true) + "}");
    seed("fuzz_locations", "train2018_locations.json", fixtures::locations2018());

    const taxa::Dataset& ds = fuzz::fixtureDataset();
    seed("fuzz_predictions", "kaggle.csv", taxa::toKaggleCsv(somePredictions(), ds));
    seed("fuzz_predictions", "topk.csv", taxa::toTopkCsv(somePredictions(), ds));

    seed("fuzz_jpeg", "gradient.jpg", text(imagefixtures::gradient(40, 24)));
    seed("fuzz_jpeg", "gradient-q30.jpg", text(imagefixtures::gradient(17, 33, ".jpg", 30)));
    seed("fuzz_jpeg", "claims-60000.jpg", text(imagefixtures::claimsSize(60000, 60000)));
    const std::string jpeg = text(imagefixtures::gradient(32, 32));
    seed("fuzz_jpeg", "truncated.jpg", jpeg.substr(0, jpeg.size() / 2));
    seed("fuzz_png", "solid.png", text(imagefixtures::solidPng(8, 6, 200, 30, 60)));
    seed("fuzz_png", "gradient.png", text(imagefixtures::gradient(20, 12, ".png")));

    seed("fuzz_trainconfig", "quick-cpu.json", taxa::TrainConfig::preset("quick-cpu").toJson());
    seed("fuzz_trainconfig", "winner-2018.json", taxa::TrainConfig::preset("winner-2018").toJson());
    seed("fuzz_trainconfig", "empty.json", "{}");
    // Large declared sizes and deep nesting (issue 23), beside well-formed files.
    seed("fuzz_trainconfig", "deep.json", std::string(2000, '[') + std::string(2000, ']'));
    seed("fuzz_annotations", "deep.json", "{\"images\": " + std::string(2000, '[') + "]}");

    const std::string grid = taxa::geo::serializeGeoFile(someGrid());
    seed("fuzz_geo", "grid.geo", grid);
    std::string huge = grid;
    huge.replace(huge.find("[2,3]"), 5, "[2147483648,8]");
    seed("fuzz_geo", "declares-gigabytes.geo", huge);
    const std::string features = taxa::serializeFeatures(someFeatures());
    seed("fuzz_features", "store.bin", features);
    std::string many = features;
    many[16] = '\x7f';  // count: far more rows than bytes
    seed("fuzz_features", "declares-rows.bin", many);
    return 0;
}
