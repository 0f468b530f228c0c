#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "Commands.h"
#include "dataset/DatasetLoader.h"
#include "image/CropGeometry.h"
#include "util/Error.h"

namespace taxa::cli {

namespace fs = std::filesystem;

const CLI::Validator kFinite(
    [](std::string& text) -> std::string {
        char* end = nullptr;
        const double x = std::strtod(text.c_str(), &end);
        return std::isfinite(x) ? std::string() : "'" + text + "' is not a finite number";
    },
    "NUMBER");

const CLI::Validator kNonNegative(
    [](std::string& text) -> std::string {
        // strtoull reads "-1" as 2^64-1: a negative seed would wrap without a word.
        const size_t first = text.find_first_not_of(" \t");
        return first != std::string::npos && text[first] == '-'
                   ? "'" + text + "' is negative; expected 0 or more"
                   : std::string();
    },
    "");

const CLI::Validator kTtaMode(
    [](std::string& text) -> std::string {
        try {
            TtaPlan::parse(text, kPreset224);  // the parts do not depend on the preset
            return {};
        } catch (const Error& e) {
            return e.what();
        }
    },
    "MODE");

const CLI::Validator kDividesHalfTurn(
    [](std::string& text) -> std::string {
        char* end = nullptr;
        const double x = std::strtod(text.c_str(), &end);
        const double cells = 180.0 / x;
        return x > 0 && x <= 180 && std::fabs(cells - std::round(cells)) < 1e-9
                   ? std::string()
                   : "'" + text + "' does not divide 180 degrees (e.g. 1, 2, 5, 10)";
    },
    "DEGREES");

void addDatasetOptions(CLI::App& sub, DatasetArgs& a) {
    sub.add_option("--dataset", a.dir,
                   "Dataset folder: iNaturalist 2017/2018/2019/2021 files, folders of classes, "
                   "CUB-200-2011 or NABirds, recognised by the files it holds")
        ->required()
        ->type_name("DIR");
    sub.add_option("--layout", a.load.layout,
                   "Read the folder as this layout where it would fit several (e.g. "
                   "inat2021-mini beside train.json, or folders for a 2021 image tree)")
        ->check(CLI::IsMember(layoutOptionNames()))
        ->type_name("NAME");
    sub.add_option("--val-fraction", a.load.valFraction,
                   "One folder of classes: share of each class drawn as val")
        ->check(CLI::Range(0.0, 0.99) & kFinite)
        ->capture_default_str();
    sub.add_option("--split-seed", a.load.splitSeed, "One folder of classes: seed of the val draw")
        ->check(kNonNegative)
        ->capture_default_str();
}

std::string DatasetArgs::flags() const {
    char fraction[32];
    std::snprintf(fraction, sizeof fraction, "%g", load.valFraction);
    std::string out = "--dataset " + dir;
    if (!load.layout.empty()) out += " --layout " + load.layout;
    if (load.valFraction != LoadOptions{}.valFraction)
        out += std::string(" --val-fraction ") + fraction;
    if (load.splitSeed != 0) out += " --split-seed " + std::to_string(load.splitSeed);
    return out;
}

std::vector<std::string> DatasetArgs::inputFiles() const {
    try {
        return annotationFiles(findDatasetFiles(dir, load));
    } catch (const Error&) {
        return {};  // no dataset there: loading it will say so in its own words
    }
}

namespace {

// The annotation files beside an existing output, when its folder holds a dataset: commands
// without --dataset (export, say) must not overwrite one either.
std::vector<std::string> datasetFilesBeside(const std::string& out) {
    DatasetArgs beside;
    beside.dir = fs::path(out).parent_path().string();
    if (beside.dir.empty()) beside.dir = ".";
    return beside.inputFiles();
}

}  // namespace

std::vector<Split> parseSplits(const std::vector<std::string>& names) {
    std::vector<Split> out;
    for (const std::string& s : names)
        out.push_back(s == "train" ? Split::Train : s == "val" ? Split::Val : Split::Test);
    return out;
}

void refuseOverwritingInputs(const std::vector<std::string>& outputs,
                             std::vector<std::string> inputs) {
    for (const std::string& out : outputs) {
        std::error_code ec;
        // equivalent() needs both to exist; a missing output cannot clash with anything. It
        // compares device and inode: symlinks and hard links to an input are caught too.
        if (!fs::exists(out, ec)) continue;
        std::vector<std::string> all = inputs;
        for (std::string& f : datasetFilesBeside(out))
            all.push_back(std::move(f));
        for (const std::string& in : all)
            if (fs::equivalent(out, in, ec))
                throw Error(out + ": is also an input of this command (" + in +
                            "); choose another output");
    }
}

void addComputeOptions(CLI::App& sub, int& threads, std::string& device) {
    sub.add_option("--threads", threads, "Decoding and LibTorch threads; 0 = cores")
        ->check(CLI::Range(0, 1024));
    sub.add_option("--device", device, "Where to run")
        ->check(CLI::IsMember({"auto", "cpu", "cuda"}))
        ->capture_default_str();
}

}  // namespace taxa::cli
