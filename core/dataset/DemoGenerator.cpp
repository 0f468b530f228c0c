#include "dataset/DemoGenerator.h"

#include <cinttypes>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "dataset/Dataset.h"
#include "dataset/DemoImage.h"
#include "dataset/DemoRanges.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/JsonOut.h"
#include "util/Rng.h"

namespace taxa {

namespace fs = std::filesystem;

namespace {

// One image to write, with what the locations file says about it.
struct DemoImageRow {
    int64_t id = 0;
    Split split = Split::Train;
    int32_t species = 0;
    int32_t width = 0;
    int32_t height = 0;
    int32_t license = 1;
    int64_t photographer = 0;  ///< Index into the photographer pool; user id is this + 1.
    std::string fileName;
};

std::string hex32(uint64_t seed, uint64_t salt) {
    uint64_t x = seed * 0x9E3779B97F4A7C15ull ^ salt;
    char buf[40];
    const uint64_t a = Rng::splitmix(x), b = Rng::splitmix(x);
    std::snprintf(buf, sizeof buf, "%016" PRIx64 "%016" PRIx64, a, b);
    return buf;
}

std::string photographer(int64_t i) {
    static const char* first[] = {
        "Ana",  "Ben",  "Chen", "Dara", "Emil", "Femi",  "Greta", "Hiro",   "Ines", "Jon",  "Kira",
        "Lars", "Maya", "Nils", "Omar", "Pia",  "Quin",  "Rosa",  "Sami",   "Tara", "Uma",  "Vik",
        "Wen",  "Xia",  "Yara", "Zed",  "Alva", "Bruno", "Cleo",  "Dmitri", "Elin", "Farah"};
    static const char* last[] = {
        "Abbott", "Berg",   "Costa", "Dahl",   "Evans",  "Fischer", "Garcia",  "Hansen",
        "Ito",    "Jensen", "Kowal", "Lopez",  "Moreau", "Nakata",  "Olsen",   "Park",
        "Quint",  "Rossi",  "Silva", "Tanaka", "Ueda",   "Varga",   "Weber",   "Xu",
        "Young",  "Zhang",  "Alves", "Brandt", "Castro", "Diaz",    "Eriksen", "Ferro"};
    std::string s = std::string(first[i % 32]) + " " + last[(i / 32) % 32];
    if (i >= 1024) s += " " + std::to_string(i / 1024 + 1);
    return s;
}

uint64_t fnv1a(const std::string& s) {
    uint64_t h = 0xCBF29CE484222325ull;
    for (const char c : s)
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
    return h;
}

void appendCategory(std::string& out, const Category& c, bool obfuscate, uint64_t seed) {
    static const char* rankKeys[] = {"kingdom", "phylum", "class", "order", "family", "genus"};
    // The competition files hid the names; categories.json later gave the real ones.
    auto shown = [&](const std::string& real, uint64_t salt) {
        return obfuscate ? hex32(seed ^ 0xC47, salt).substr(0, 12) : real;
    };
    out += "{";
    appendKey(out, "id");
    out += std::to_string(c.id) + ", ";
    appendKey(out, "name");
    appendJsonString(out, shown(c.name, static_cast<uint64_t>(c.id) * 8));
    out += ", ";
    appendKey(out, "supercategory");
    appendJsonString(out, c.supercategory);
    for (int r = 0; r < kAboveSpeciesRanks; ++r) {
        out += ", ";
        appendKey(out, rankKeys[r]);
        appendJsonString(out, shown(c.ranks[static_cast<size_t>(r)],
                                    fnv1a(c.ranks[static_cast<size_t>(r)]) + r));
    }
    out += "}";
}

std::string annotationFile(const std::vector<DemoImageRow>& rows, Split split,
                           const std::vector<PlannedSpecies>& species, uint64_t seed) {
    std::string out;
    out.reserve(rows.size() * 240 + species.size() * 200 + 1024);
    out +=
        "{\"info\": {\"year\": 2018, \"version\": \"1.0\", \"description\": "
        "\"Taxa Workbench synthetic dataset in the iNaturalist 2018 layout\", "
        "\"contributor\": \"taxa-cli demo\", \"url\": \"\", \"date_created\": \"2018-01-01\"},\n";
    out += "\"images\": [\n";
    bool first = true;
    for (const auto& row : rows) {
        if (row.split != split) continue;
        if (!first) out += ",\n";
        first = false;
        const DemoImageRow& im = row;
        out += "{";
        appendKey(out, "license");
        out += std::to_string(im.license) + ", ";
        appendKey(out, "file_name");
        appendJsonString(out, im.fileName);
        out += ", ";
        appendKey(out, "rights_holder");
        appendJsonString(out, photographer(im.photographer));
        out += ", ";
        appendKey(out, "height");
        out += std::to_string(im.height) + ", ";
        appendKey(out, "width");
        out += std::to_string(im.width) + ", ";
        appendKey(out, "id");
        out += std::to_string(im.id) + "}";
    }
    out += "],\n\"categories\": [\n";
    if (split != Split::Test) {
        for (size_t i = 0; i < species.size(); ++i) {
            if (i) out += ",\n";
            appendCategory(out, species[i].category, true, seed);
        }
    }
    out += "],\n\"annotations\": [\n";
    first = true;
    for (const auto& row : rows) {
        if (row.split != split || split == Split::Test) continue;
        if (!first) out += ",\n";
        first = false;
        out += "{\"id\": " + std::to_string(row.id) + ", \"image_id\": " + std::to_string(row.id) +
               ", \"category_id\": " +
               std::to_string(species[static_cast<size_t>(row.species)].category.id) + "}";
    }
    out += "],\n\"licenses\": [";
    static const char* licenses[] = {"CC BY-NC-SA 4.0", "CC BY-NC 4.0", "CC BY-NC-ND 4.0",
                                     "CC BY 4.0",       "CC BY-SA 4.0", "CC0 1.0"};
    for (int i = 0; i < 6; ++i) {
        out += std::string(i ? ", " : "") + "{\"id\": " + std::to_string(i + 1) + ", \"name\": ";
        appendJsonString(out, licenses[i]);
        out += ", \"url\": \"\"}";
    }
    out += "]}\n";
    return out;
}

std::string categoriesFile(const std::vector<PlannedSpecies>& species) {
    std::string out = "[\n";
    for (size_t i = 0; i < species.size(); ++i) {
        if (i) out += ",\n";
        appendCategory(out, species[i].category, false, 0);
    }
    return out + "]\n";
}

std::string locationsFile(const std::vector<DemoImageRow>& rows, Split split,
                          const std::vector<SpeciesRange>& ranges, uint64_t seed) {
    std::string out = "[\n";
    out.reserve(rows.size() * 120);
    bool first = true;
    char buf[256];
    for (const auto& im : rows) {
        if (im.split != split) continue;
        // Each photo is drawn from its species' range: the place and season a prior can learn.
        Rng rng(seed ^ (static_cast<uint64_t>(im.id) * 0x2545F491ull + 7));
        const Sighting s = drawSighting(ranges[static_cast<size_t>(im.species)], rng);
        std::snprintf(buf, sizeof buf,
                      "%s{\"id\": %" PRId64
                      ", \"lat\": %.5f, \"lon\": %.5f, "
                      "\"date\": \"%04d-%02d-%02d %02d:%02d:00+00:00\", \"user_id\": %" PRId64 "}",
                      first ? "" : ",\n", im.id, s.lat, s.lon, s.year, s.month, s.day,
                      static_cast<int>(rng.between(6, 19)), static_cast<int>(rng.between(0, 59)),
                      im.photographer + 1);
        out += buf;
        first = false;
    }
    return out + "]\n";
}

}  // namespace

DemoSummary generateDemo(const DemoOptions& o, const ProgressFn& progress) {
    if (o.out.empty()) throw Error("demo: no output folder given");
    if (o.imageSide < 32 || o.imageSide > 4096)
        throw Error("demo: image side must be between 32 and 4096 pixels");
    const uint64_t seed = o.plan.seed;
    reportOrCancel(progress, "Planning species", 0, 0);
    const std::vector<PlannedSpecies> species =
        o.fullScale ? planFullScale(seed) : planDemo(o.plan);

    DemoSummary sum;
    sum.species = static_cast<int64_t>(species.size());
    for (const auto& sp : species)
        sum.train += sp.train, sum.val += sp.val, sum.test += sp.test;

    // Photographers are drawn from disjoint pools per split, as in the release.
    const int64_t pool[kSplitCount] = {std::max<int64_t>(1, sum.train / 4),
                                       std::max<int64_t>(1, sum.val / 2),
                                       std::max<int64_t>(1, sum.test / 2)};
    const int64_t poolStart[kSplitCount] = {0, pool[0], pool[0] + pool[1]};

    std::vector<DemoImageRow> rows;
    rows.reserve(static_cast<size_t>(sum.train + sum.val + sum.test));
    Rng rng(seed ^ 0x16A6Eull);
    int64_t nextId[kSplitCount] = {0, sum.train, 0};  // val ids follow train; test has its own
    const int longSide = o.fullScale ? 800 : o.imageSide;
    for (int s = 0; s < kSplitCount; ++s) {
        const Split split = Split(s);
        for (size_t c = 0; c < species.size(); ++c) {
            const PlannedSpecies& sp = species[c];
            const int64_t n = split == Split::Train ? sp.train
                              : split == Split::Val ? sp.val
                                                    : sp.test;
            for (int64_t k = 0; k < n; ++k) {
                DemoImageRow im;
                im.species = static_cast<int32_t>(c);
                im.id = nextId[s]++;
                im.split = split;
                const bool portrait = rng.chance(0.35);
                const int shortSide = longSide * 3 / 4;
                im.width = portrait ? shortSide : longSide;
                im.height = portrait ? longSide : shortSide;
                im.license = static_cast<int32_t>(rng.between(1, 6));
                const int64_t who =
                    poolStart[s] + static_cast<int64_t>(rng.below(static_cast<uint64_t>(pool[s])));
                im.photographer = who;
                const std::string hash =
                    hex32(seed, (static_cast<uint64_t>(s) << 40) ^ static_cast<uint64_t>(im.id));
                im.fileName = split == Split::Test
                                  ? "test2018/" + hash + ".jpg"
                                  : "train_val2018/" + sp.category.supercategory + "/" +
                                        std::to_string(sp.category.id) + "/" + hash + ".jpg";
                rows.push_back(std::move(im));
            }
        }
    }

    const fs::path root(o.out);
    reportOrCancel(progress, "Writing annotation files", 0, 0);
    writeFileAtomic((root / "train2018.json").string(),
                    annotationFile(rows, Split::Train, species, seed));
    writeFileAtomic((root / "val2018.json").string(),
                    annotationFile(rows, Split::Val, species, seed));
    writeFileAtomic((root / "test2018.json").string(),
                    annotationFile(rows, Split::Test, species, seed));
    writeFileAtomic((root / "categories.json").string(), categoriesFile(species));
    const std::vector<SpeciesRange> ranges = planRanges(species, seed);
    writeFileAtomic((root / "inat2018_locations/train2018_locations.json").string(),
                    locationsFile(rows, Split::Train, ranges, seed));
    writeFileAtomic((root / "inat2018_locations/val2018_locations.json").string(),
                    locationsFile(rows, Split::Val, ranges, seed));
    if (!o.images) return sum;

    const auto total = static_cast<int64_t>(rows.size());
    for (int64_t i = 0; i < total; ++i) {
        if (i % 16 == 0) reportOrCancel(progress, "Drawing images", i, total);
        const DemoImageRow& row = rows[static_cast<size_t>(i)];
        const fs::path file = root / row.fileName;
        std::error_code ec;
        fs::create_directories(file.parent_path(), ec);
        if (ec)
            throw Error(file.parent_path().string() + ": cannot create folder: " + ec.message());
        const uint64_t imageSeed = seed * 0x100000001B3ull ^
                                   (static_cast<uint64_t>(row.split) << 48) ^
                                   static_cast<uint64_t>(row.id);
        const auto jpeg = renderDemoJpeg(species[static_cast<size_t>(row.species)].traits,
                                         imageSeed, row.width, row.height);
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
