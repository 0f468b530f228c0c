#include "dataset/DemoGenerator.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "dataset/Dataset.h"
#include "dataset/DemoImage.h"
#include "dataset/DemoShapes.h"
#include "dataset/detail/DemoFiles.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/JsonOut.h"
#include "util/OutputFolder.h"
#include "util/Rng.h"

namespace taxa {

namespace fs = std::filesystem;
using detail::DemoFormat;
using detail::DemoImageRow;

namespace {

// The small demo written in the 2021 layout keeps this many train images per species in its
// train_mini set (2021's 50, scaled down as the demo's train bound is).
constexpr int64_t kDemoMiniPerSpecies = 10;

std::vector<PlannedSpecies> plan(const DemoOptions& o) {
    if (o.shape != Layout::Inat2018 && o.shape != Layout::Inat2019 && o.shape != Layout::Inat2021)
        throw Error("demo: datasets are written in the 2018, 2019 or 2021 layout");
    if (!o.fullScale) {
        std::vector<PlannedSpecies> species = planDemo(o.plan);
        if (o.shape == Layout::Inat2021)
            for (auto& sp : species)
                sp.mini = std::min(sp.train, kDemoMiniPerSpecies);
        return species;
    }
    switch (o.shape) {
        case Layout::Inat2018:
            return planFullScale(o.plan.seed);
        case Layout::Inat2019:
            return planFullScale2019(o.plan.seed);
        case Layout::Inat2021:
            return planFullScale2021(o.plan.seed);
        default:
            return planFullScale(o.plan.seed);
    }
}

// Every image of every split, with dimensions, licence and photographer drawn from the seed.
std::vector<DemoImageRow> drawRows(const std::vector<PlannedSpecies>& species,
                                   const DemoSummary& sum, const DemoOptions& o) {
    // Photographers are drawn from disjoint pools per split, as in the release.
    const int64_t pool[kSplitCount] = {std::max<int64_t>(1, sum.train / 4),
                                       std::max<int64_t>(1, sum.val / 2),
                                       std::max<int64_t>(1, sum.test / 2)};
    const int64_t poolStart[kSplitCount] = {0, pool[0], pool[0] + pool[1]};
    std::vector<DemoImageRow> rows;
    rows.reserve(static_cast<size_t>(sum.train + sum.val + sum.test + sum.mini));
    Rng rng(o.plan.seed ^ 0x16A6Eull);
    // Val ids follow train; test has its own; train_mini (2021) follows val.
    int64_t nextId[kSplitCount] = {0, sum.train, 0}, nextMini = sum.train + sum.val;
    const int longSide = o.fullScale ? (o.shape == Layout::Inat2021 ? 500 : 800) : o.imageSide;
    for (int s = 0; s <= kSplitCount; ++s) {  // the fourth pass is train_mini
        const bool mini = s == kSplitCount;
        const Split split = mini ? Split::Train : Split(s);
        for (size_t c = 0; c < species.size(); ++c) {
            const PlannedSpecies& sp = species[c];
            const int64_t n = mini                    ? sp.mini
                              : split == Split::Train ? sp.train
                              : split == Split::Val   ? sp.val
                                                      : sp.test;
            for (int64_t k = 0; k < n; ++k) {
                DemoImageRow im;
                im.species = static_cast<int32_t>(c);
                im.id = mini ? nextMini++ : nextId[s]++;
                im.split = split;
                im.mini = mini;
                const bool portrait = rng.chance(0.35);
                const int shortSide = longSide * 3 / 4;
                im.width = portrait ? shortSide : longSide;
                im.height = portrait ? longSide : shortSide;
                im.license = static_cast<int32_t>(rng.between(1, 6));
                const int p = static_cast<int>(split);
                im.photographer =
                    poolStart[p] + static_cast<int64_t>(rng.below(static_cast<uint64_t>(pool[p])));
                rows.push_back(im);
            }
        }
    }
    return rows;
}

void writeMetadata(const fs::path& root, const std::vector<DemoImageRow>& rows,
                   const std::vector<PlannedSpecies>& species, const DemoOptions& o) {
    const std::vector<SpeciesRange> ranges = planRanges(species, o.plan.seed);
    const DemoFormat f{o.shape, o.plan.seed, &ranges};
    auto write = [&](const char* name, Split split, bool mini = false) {
        writeFileAtomic((root / name).string(),
                        detail::demoAnnotationFile(rows, split, mini, species, f));
    };
    const bool test = std::any_of(rows.begin(), rows.end(),
                                  [](const DemoImageRow& r) { return r.split == Split::Test; });
    switch (f.layout) {
        case Layout::Inat2021:
            write("train.json", Split::Train);
            write("train_mini.json", Split::Train, true);
            write("val.json", Split::Val);
            if (test) write("public_test.json", Split::Test);
            return;
        case Layout::Inat2019:
            write("train2019.json", Split::Train);
            write("val2019.json", Split::Val);
            if (test) write("test2019.json", Split::Test);
            writeFileAtomic((root / "categories.json").string(),
                            detail::demoCategoriesFile(species, f));
            return;
        default:
            write("train2018.json", Split::Train);
            write("val2018.json", Split::Val);
            write("test2018.json", Split::Test);
            writeFileAtomic((root / "categories.json").string(),
                            detail::demoCategoriesFile(species, f));
            writeFileAtomic((root / "inat2018_locations/train2018_locations.json").string(),
                            detail::demoLocationsFile(rows, Split::Train, f));
            writeFileAtomic((root / "inat2018_locations/val2018_locations.json").string(),
                            detail::demoLocationsFile(rows, Split::Val, f));
    }
}

}  // namespace

const OutputFolderOwner& demoFolderOwner() {
    static const OutputFolderOwner owner{
        "taxa-cli demo",
        ".taxa-demo",
        {"train2018.json", "val2018.json", "test2018.json", "categories.json", "inat2018_locations",
         "train_val2018", "test2018",
         // iNat 2019 and 2021 (--layout)
         "train2019.json", "val2019.json", "test2019.json", "train_val2019", "test2019",
         "train.json", "train_mini.json", "val.json", "public_test.json", "train", "val",
         "public_test"}};
    return owner;
}

DemoSummary generateDemo(const DemoOptions& o, const ProgressFn& progress) {
    if (o.out.empty()) throw Error("demo: no output folder given");
    if (o.imageSide < 32 || o.imageSide > 4096)
        throw Error("demo: image side must be between 32 and 4096 pixels");
    reportOrCancel(progress, "Planning species", 0, 0);
    const std::vector<PlannedSpecies> species = plan(o);

    DemoSummary sum;
    sum.species = static_cast<int64_t>(species.size());
    for (const auto& sp : species)
        sum.train += sp.train, sum.val += sp.val, sum.test += sp.test, sum.mini += sp.mini;
    const std::vector<DemoImageRow> rows = drawRows(species, sum, o);

    const fs::path root(o.out);
    reportOrCancel(progress, "Writing annotation files", 0, 0);
    claimOutputFolder(o.out, demoFolderOwner(), o.force);
    writeMetadata(root, rows, species, o);
    if (!o.images) return sum;

    const DemoFormat format{o.shape, o.plan.seed};
    const auto total = static_cast<int64_t>(rows.size());
    for (int64_t i = 0; i < total; ++i) {
        if (i % 16 == 0) reportOrCancel(progress, "Drawing images", i, total);
        const DemoImageRow& row = rows[static_cast<size_t>(i)];
        const PlannedSpecies& sp = species[static_cast<size_t>(row.species)];
        const fs::path file = root / detail::demoFileName(row, sp, format);
        std::error_code ec;
        fs::create_directories(file.parent_path(), ec);
        if (ec)
            throw Error(file.parent_path().string() + ": cannot create folder: " + ec.message());
        const uint64_t imageSeed = o.plan.seed * 0x100000001B3ull ^
                                   (static_cast<uint64_t>(row.split) << 48) ^
                                   static_cast<uint64_t>(row.id);
        const auto jpeg = renderDemoJpeg(sp.traits, imageSeed, row.width, row.height);
        std::ofstream f(file, std::ios::binary | std::ios::trunc);
        f.write(reinterpret_cast<const char*>(jpeg.data()),
                static_cast<std::streamsize>(jpeg.size()));
        if (!f) throw Error(file.string() + ": write failed");
        ++sum.imagesWritten;
    }
    reportOrCancel(progress, "Drawing images", total, total);
    return sum;
}

}  // namespace taxa
