#include "dataset/detail/DemoFiles.h"

#include <cinttypes>
#include <cstdio>

#include "util/Error.h"
#include "util/JsonOut.h"
#include "util/Rng.h"

namespace taxa::detail {

namespace {

constexpr const char* kRankKeys[] = {"kingdom", "phylum", "class", "order", "family", "genus"};

std::string hex32(uint64_t seed, uint64_t salt) {
    uint64_t x = seed * 0x9E3779B97F4A7C15ull ^ salt;
    char buf[40];
    const uint64_t a = Rng::splitmix(x), b = Rng::splitmix(x);
    std::snprintf(buf, sizeof buf, "%016" PRIx64 "%016" PRIx64, a, b);
    return buf;
}

// 2021 names files by UUID.
std::string uuid(const std::string& hex) {
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
           hex.substr(16, 4) + "-" + hex.substr(20, 12);
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

// Where and when: each photo is drawn from its species' range, the place and season a prior
// can learn.
struct Place {
    double lat, lon;
    char date[32];
};

Place placeOf(const DemoImageRow& im, const DemoFormat& f) {
    if (!f.ranges) throw Error("demo: locations written without the species' ranges");
    Rng rng(f.seed ^ (static_cast<uint64_t>(im.id) * 0x2545F491ull + 7));
    const Sighting s = drawSighting((*f.ranges)[static_cast<size_t>(im.species)], rng);
    const auto hour = static_cast<int>(rng.between(6, 19));
    const auto minute = static_cast<int>(rng.between(0, 59));
    Place p;
    p.lat = s.lat;
    p.lon = s.lon;
    std::snprintf(p.date, sizeof p.date, "%04d-%02d-%02d %02d:%02d:00+00:00", s.year, s.month,
                  s.day, hour, minute);
    return p;
}

// 2021's image_dir_name: "00042_Animalia_Chordata_Aves_..._Genus_epithet".
std::string dirName(const Category& c) {
    char id[16];
    std::snprintf(id, sizeof id, "%05" PRId64, c.id);
    std::string out = id;
    for (const auto& r : c.ranks)
        out += "_" + r;
    out += "_" + c.name;
    for (char& ch : out)
        if (ch == ' ') ch = '_';
    return out;
}

void appendCategory(std::string& out, const Category& c, bool obfuscate, const DemoFormat& f) {
    // The competition files hid the names; categories.json later gave the real ones.
    auto shown = [&](const std::string& real, uint64_t salt) {
        return obfuscate ? hex32(f.seed ^ 0xC47, salt).substr(0, 12) : real;
    };
    out += "{";
    appendKey(out, "id");
    out += std::to_string(c.id) + ", ";
    appendKey(out, "name");
    appendJsonString(out, shown(c.name, static_cast<uint64_t>(c.id) * 8));
    if (f.layout == Layout::Inat2021) {
        out += ", ";
        appendKey(out, "common_name");
        appendJsonString(out, c.name);
    }
    if (f.layout != Layout::Inat2019) {  // 2019 names its supercategories by folder only
        out += ", ";
        appendKey(out, "supercategory");
        appendJsonString(out, c.supercategory);
    }
    for (int r = 0; r < kAboveSpeciesRanks; ++r) {
        out += ", ";
        appendKey(out, kRankKeys[r]);
        appendJsonString(out, shown(c.ranks[static_cast<size_t>(r)],
                                    fnv1a(c.ranks[static_cast<size_t>(r)]) + r));
    }
    if (f.layout == Layout::Inat2021) {
        out += ", ";
        appendKey(out, "specific_epithet");
        appendJsonString(out, c.name.substr(c.name.find(' ') + 1));
        out += ", ";
        appendKey(out, "image_dir_name");
        appendJsonString(out, dirName(c));
    }
    out += "}";
}

void appendImage(std::string& out, const DemoImageRow& im, const PlannedSpecies& sp,
                 const DemoFormat& f) {
    out += "{";
    appendKey(out, "license");
    out += std::to_string(im.license) + ", ";
    appendKey(out, "file_name");
    appendJsonString(out, demoFileName(im, sp, f));
    out += ", ";
    appendKey(out, "rights_holder");
    appendJsonString(out, photographer(im.photographer));
    out += ", ";
    appendKey(out, "height");
    out += std::to_string(im.height) + ", ";
    appendKey(out, "width");
    out += std::to_string(im.width) + ", ";
    if (f.layout == Layout::Inat2021) {  // 2021 puts the location in the image entry
        const Place p = placeOf(im, f);
        char buf[160];
        std::snprintf(buf, sizeof buf,
                      "\"date\": \"%s\", \"latitude\": %.5f, \"longitude\": %.5f, "
                      "\"location_uncertainty\": %d, ",
                      p.date, p.lat, p.lon, static_cast<int>(im.id % 97) + 3);
        out += buf;
    }
    appendKey(out, "id");
    out += std::to_string(im.id) + "}";
}

const char* description(Layout layout) {
    switch (layout) {
        case Layout::Inat2019:
            return "{\"year\": 2019, \"version\": \"1.0\", \"description\": \"Taxa Workbench "
                   "synthetic dataset in the iNaturalist 2019 layout\", \"contributor\": "
                   "\"taxa-cli demo\", \"url\": \"\", \"date_created\": \"2019-01-01\"}";
        case Layout::Inat2021:
            return "{\"year\": 2021, \"version\": \"1.0\", \"description\": \"Taxa Workbench "
                   "synthetic dataset in the iNaturalist 2021 layout\", \"contributor\": "
                   "\"taxa-cli demo\", \"url\": \"\", \"date_created\": \"2021-01-01\"}";
        default:
            return "{\"year\": 2018, \"version\": \"1.0\", \"description\": "
                   "\"Taxa Workbench synthetic dataset in the iNaturalist 2018 layout\", "
                   "\"contributor\": \"taxa-cli demo\", \"url\": \"\", \"date_created\": "
                   "\"2018-01-01\"}";
    }
}

void appendLicenses(std::string& out) {
    static const char* licenses[] = {"CC BY-NC-SA 4.0", "CC BY-NC 4.0", "CC BY-NC-ND 4.0",
                                     "CC BY 4.0",       "CC BY-SA 4.0", "CC0 1.0"};
    for (int i = 0; i < 6; ++i) {
        out += std::string(i ? ", " : "") + "{\"id\": " + std::to_string(i + 1) + ", \"name\": ";
        appendJsonString(out, licenses[i]);
        out += ", \"url\": \"\"}";
    }
}

}  // namespace

std::string demoFileName(const DemoImageRow& row, const PlannedSpecies& sp, const DemoFormat& f) {
    const uint64_t part = row.mini ? 3 : static_cast<uint64_t>(row.split);
    const std::string hash = hex32(f.seed, (part << 40) ^ static_cast<uint64_t>(row.id));
    const Category& c = sp.category;
    switch (f.layout) {
        case Layout::Inat2019:
            return row.split == Split::Test ? "test2019/" + hash + ".jpg"
                                            : "train_val2019/" + c.supercategory + "/" +
                                                  std::to_string(c.id) + "/" + hash + ".jpg";
        case Layout::Inat2021: {
            if (row.split == Split::Test) return "public_test/" + uuid(hash) + ".jpg";
            const char* folder = row.split == Split::Val ? "val/"
                                 : row.mini              ? "train_mini/"
                                                         : "train/";
            return folder + dirName(c) + "/" + uuid(hash) + ".jpg";
        }
        default:
            return row.split == Split::Test ? "test2018/" + hash + ".jpg"
                                            : "train_val2018/" + c.supercategory + "/" +
                                                  std::to_string(c.id) + "/" + hash + ".jpg";
    }
}

std::string demoAnnotationFile(const std::vector<DemoImageRow>& rows, Split split, bool mini,
                               const std::vector<PlannedSpecies>& species, const DemoFormat& f) {
    auto mine = [&](const DemoImageRow& r) { return r.split == split && r.mini == mini; };
    std::string out;
    out.reserve(rows.size() * 280 + species.size() * 300 + 1024);
    out += "{\"info\": ";
    out += description(f.layout);
    out += ",\n\"images\": [\n";
    bool first = true;
    for (const auto& row : rows) {
        if (!mine(row)) continue;
        if (!first) out += ",\n";
        first = false;
        appendImage(out, row, species[static_cast<size_t>(row.species)], f);
    }
    out += "],\n\"categories\": [\n";
    if (split != Split::Test || f.layout == Layout::Inat2021) {
        for (size_t i = 0; i < species.size(); ++i) {
            if (i) out += ",\n";
            appendCategory(out, species[i].category, f.layout != Layout::Inat2021, f);
        }
    }
    out += "]";
    if (split != Split::Test) {
        out += ",\n\"annotations\": [\n";
        first = true;
        for (const auto& row : rows) {
            if (!mine(row)) continue;
            if (!first) out += ",\n";
            first = false;
            out += "{\"id\": " + std::to_string(row.id) +
                   ", \"image_id\": " + std::to_string(row.id) + ", \"category_id\": " +
                   std::to_string(species[static_cast<size_t>(row.species)].category.id) + "}";
        }
        out += "]";
    } else if (f.layout == Layout::Inat2018) {
        out += ",\n\"annotations\": [\n]";  // as the 2018 demo always wrote it
    }
    out += ",\n\"licenses\": [";
    appendLicenses(out);
    out += "]}\n";
    return out;
}

std::string demoCategoriesFile(const std::vector<PlannedSpecies>& species, const DemoFormat& f) {
    std::string out = "[\n";
    for (size_t i = 0; i < species.size(); ++i) {
        if (i) out += ",\n";
        appendCategory(out, species[i].category, false, f);
    }
    return out + "]\n";
}

std::string demoLocationsFile(const std::vector<DemoImageRow>& rows, Split split,
                              const DemoFormat& f) {
    std::string out = "[\n";
    bool first = true;
    char buf[256];
    for (const auto& im : rows) {
        if (im.split != split) continue;
        const Place p = placeOf(im, f);
        std::snprintf(buf, sizeof buf,
                      "%s{\"id\": %" PRId64
                      ", \"lat\": %.5f, \"lon\": %.5f, \"date\": \"%s\", \"user_id\": %" PRId64 "}",
                      first ? "" : ",\n", im.id, p.lat, p.lon, p.date, im.photographer + 1);
        out += buf;
        first = false;
    }
    return out + "]\n";
}

}  // namespace taxa::detail
