#include "dataset/DemoPlan.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "util/Error.h"

namespace taxa {

const std::array<PublishedRow, 14>& published2018() {
    static const std::array<PublishedRow, 14> rows = {{
        {"Plantae", 2917, 118800, 8751, "Plantae", "Tracheophyta", "Magnoliopsida"},
        {"Insecta", 2031, 87192, 6093, "Animalia", "Arthropoda", "Insecta"},
        {"Aves", 1258, 143950, 3774, "Animalia", "Chordata", "Aves"},
        {"Actinopterygii", 369, 7835, 1107, "Animalia", "Chordata", "Actinopterygii"},
        {"Fungi", 321, 6864, 963, "Fungi", "Basidiomycota", "Agaricomycetes"},
        {"Reptilia", 284, 22754, 852, "Animalia", "Chordata", "Reptilia"},
        {"Mollusca", 262, 8007, 786, "Animalia", "Mollusca", "Gastropoda"},
        {"Mammalia", 234, 20104, 702, "Animalia", "Chordata", "Mammalia"},
        {"Animalia", 178, 5966, 534, "Animalia", "Echinodermata", "Asteroidea"},
        {"Amphibia", 144, 11156, 432, "Animalia", "Chordata", "Amphibia"},
        {"Arachnida", 114, 4037, 342, "Animalia", "Arthropoda", "Arachnida"},
        {"Chromista", 25, 621, 75, "Chromista", "Ochrophyta", "Phaeophyceae"},
        {"Protozoa", 4, 211, 12, "Protozoa", "Mycetozoa", "Myxomycetes"},
        {"Bacteria", 1, 16, 3, "Bacteria", "Cyanobacteria", "Cyanophyceae"},
    }};
    return rows;
}

namespace {

// Invented Latin-sounding names: deterministic for a seed, unique within a plan.
class Namer {
  public:
    explicit Namer(uint64_t seed) : rng_(seed ^ 0x6E616D6573ull) {}

    std::string stem() {
        static const char* syl[] = {"ar",  "bel",  "cal", "dor", "eu",  "fa",  "gal", "hel",
                                    "ix",  "lam",  "mar", "nor", "os",  "pal", "qui", "rhi",
                                    "sal", "ter",  "ul",  "ver", "xan", "zon", "cor", "lep",
                                    "myr", "pter", "chl", "ste", "tri", "bra", "pho", "gly"};
        std::string s;
        const int parts = 2 + static_cast<int>(rng_.below(2));
        for (int i = 0; i < parts; ++i)
            s += syl[rng_.below(sizeof syl / sizeof *syl)];
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
        return s;
    }
    std::string unique(const char* suffix) {
        for (;;) {
            std::string s = stem() + suffix;
            if (used_.insert(s).second) return s;
        }
    }
    std::string genus() {
        static const char* ends[] = {"us", "a", "ia", "is", "ops", "ella", "ites", "on"};
        for (;;) {
            std::string s = stem() + ends[rng_.below(8)];
            if (used_.insert(s).second) return s;
        }
    }
    std::string epithet() {
        static const char* ends[] = {"ensis", "ata", "ica", "ii", "oides", "alis", "ana", "ea"};
        std::string s = stem() + ends[rng_.below(8)];
        s[0] = static_cast<char>(s[0] - 'A' + 'a');
        return s;
    }
    Rng& rng() { return rng_; }

  private:
    Rng rng_;
    std::set<std::string> used_;
};

bool plantLike(const PublishedRow& row) {
    const std::string k = row.kingdom;
    return k == "Plantae" || k == "Fungi" || k == "Chromista";
}

// The epithet names the distinguishing detail, as "bipunctata" does for the two-spot ladybird.
std::string markEpithet(int marks, int pattern) {
    static const char* numerals[] = {"",        "uni", "bi",     "tri", "quadri",
                                     "quinque", "sex", "septem", "octo"};
    static const char* kinds[] = {"punctata", "lineata", "annulata"};
    return std::string(numerals[std::clamp(marks, 1, 8)]) + kinds[pattern];
}

}  // namespace

std::vector<int64_t> apportion(int64_t n, const std::vector<int64_t>& weights) {
    const auto k = static_cast<int64_t>(weights.size());
    std::vector<int64_t> out(weights.size(), 1);
    int64_t left = n - k;
    if (left <= 0) return out;
    double sum = 0;
    for (auto w : weights)
        sum += static_cast<double>(w);
    std::vector<std::pair<double, size_t>> rest;
    int64_t given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const double exact = static_cast<double>(left) * static_cast<double>(weights[i]) / sum;
        const auto whole = static_cast<int64_t>(exact);
        out[i] += whole;
        given += whole;
        rest.emplace_back(exact - static_cast<double>(whole), i);
    }
    std::stable_sort(rest.begin(), rest.end(), [](auto& a, auto& b) { return a.first > b.first; });
    for (int64_t i = 0; i < left - given; ++i)
        ++out[rest[static_cast<size_t>(i)].second];
    return out;
}

std::vector<int64_t> allocateLongTail(int64_t n, int64_t total, int64_t lo, int64_t hi) {
    if (n <= 0 || total < n * lo || total > n * hi)
        throw Error("cannot split " + std::to_string(total) + " images over " + std::to_string(n) +
                    " species within [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
    auto counts = [&](double scale) {
        std::vector<int64_t> c(static_cast<size_t>(n));
        int64_t sum = 0;
        for (int64_t i = 0; i < n; ++i) {
            const double v = std::floor(scale / static_cast<double>(i + 1));
            c[static_cast<size_t>(i)] = std::clamp(static_cast<int64_t>(std::min(v, 1e15)), lo, hi);
            sum += c[static_cast<size_t>(i)];
        }
        return std::make_pair(c, sum);
    };
    // Largest scale whose clipped Zipf counts do not exceed the total; the rest is then
    // handed out one by one from the head, which keeps the counts sorted.
    double a = 0, b = static_cast<double>(hi) * static_cast<double>(n) + 1;
    for (int it = 0; it < 200; ++it) {
        const double mid = 0.5 * (a + b);
        (counts(mid).second <= total ? a : b) = mid;
    }
    auto [c, sum] = counts(a);
    for (size_t i = 0; sum < total; i = (i + 1) % c.size()) {
        if (c[i] < hi && (i == 0 || c[i] < c[i - 1])) {
            ++c[i];
            ++sum;
        }
    }
    return c;
}

namespace {

// Appends the species of one supercategory.
void planSupercategory(const PublishedRow& row, size_t superIndex,
                       const std::vector<int>& genusSizes, int generaPerFamily, Namer& namer,
                       bool demoEpithets, std::vector<PlannedSpecies>& out) {
    const bool plant = plantLike(row);
    std::string order, family;
    int familyIndex = -1, generaInFamily = generaPerFamily, familiesInOrder = 0;
    for (size_t g = 0; g < genusSizes.size(); ++g) {
        if (generaInFamily >= generaPerFamily) {
            generaInFamily = 0;
            ++familyIndex;
            if (order.empty() || familiesInOrder >= 3) {
                order = namer.unique(plant ? "ales" : "iformes");
                familiesInOrder = 0;
            }
            family = namer.unique(plant ? "aceae" : "idae");
            ++familiesInOrder;
        }
        ++generaInFamily;
        const std::string genus = namer.genus();
        const int pattern = static_cast<int>(namer.rng().below(3));
        const int hue = static_cast<int>((g * 37 + superIndex * 11) % 180);
        // Mark counts far enough apart to be countable at low resolution, yet a small detail.
        static const int markChoices[] = {2, 7, 4, 1};
        std::set<std::string> epithets;
        for (int s = 0; s < genusSizes[g]; ++s) {
            PlannedSpecies sp;
            sp.traits = {static_cast<int>(superIndex), familyIndex % 6, hue, pattern,
                         markChoices[s % 4]};
            std::string epithet;
            do {
                epithet = demoEpithets ? markEpithet(sp.traits.marks, pattern) : namer.epithet();
            } while (!epithets.insert(epithet).second);
            Category& c = sp.category;
            c.name = genus + " " + epithet;
            c.supercategory = row.name;
            c.ranks = {row.kingdom, row.phylum, row.className, order, family, genus};
            out.push_back(std::move(sp));
        }
    }
}

}  // namespace

std::vector<PlannedSpecies> planDemo(const DemoPlanOptions& o) {
    const auto& rows = published2018();
    if (o.species < static_cast<int>(rows.size()))
        throw Error("--species must be at least " + std::to_string(rows.size()) +
                    " so that every supercategory appears");
    if (o.minTrain < 1 || o.maxTrain < o.minTrain)
        throw Error("train bounds must satisfy 1 <= min <= max");
    Namer namer(o.seed);
    std::vector<int64_t> weights;
    for (const auto& r : rows)
        weights.push_back(r.classes);
    const auto perSuper = apportion(o.species, weights);

    std::vector<PlannedSpecies> out;
    for (size_t s = 0; s < rows.size(); ++s) {
        std::vector<int> sizes;
        for (int64_t left = perSuper[s]; left > 0;) {
            const int size = left == 1                                             ? 1
                             : left == 3 || (left >= 5 && namer.rng().chance(0.3)) ? 3
                                                                                   : 2;
            sizes.push_back(size);
            left -= size;
        }
        planSupercategory(rows[s], s, sizes, 2, namer, true, out);
    }
    // Log-uniform train counts between the bounds, assigned to species in random order.
    std::vector<size_t> order(out.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    shuffle(order, namer.rng());
    const double n = static_cast<double>(out.size());
    for (size_t r = 0; r < order.size(); ++r) {
        const double t = n > 1 ? static_cast<double>(r) / (n - 1) : 0.0;
        const double v = static_cast<double>(o.maxTrain) *
                         std::pow(static_cast<double>(o.minTrain) / o.maxTrain, t);
        PlannedSpecies& sp = out[order[r]];
        sp.train = std::clamp(static_cast<int64_t>(std::llround(v)), o.minTrain, o.maxTrain);
        sp.val = o.valPerSpecies;
        sp.test = o.testPerSpecies;
    }
    for (size_t i = 0; i < out.size(); ++i)
        out[i].category.id = static_cast<int64_t>(i);
    return out;
}

std::vector<int> randomGenusSizes(int64_t classes, Rng& rng) {
    // Sizes averaging 1.85 and about 4 genera a family give 2018's published scale of roughly
    // 4,400 genera and 1,100 families over 8,142 species.
    std::vector<int> sizes;
    for (int64_t left = classes; left > 0;) {
        const double u = rng.uniform();
        int size = u < 0.5 ? 1 : u < 0.75 ? 2 : u < 0.9 ? 3 : 4;
        size = static_cast<int>(std::min<int64_t>(size, left));
        sizes.push_back(size);
        left -= size;
    }
    return sizes;
}

std::vector<PlannedSpecies> planShape(const std::vector<PublishedRow>& rows, const ShapeOptions& o,
                                      uint64_t seed) {
    Namer namer(seed);
    std::vector<PlannedSpecies> out;
    for (size_t s = 0; s < rows.size(); ++s) {
        const std::vector<int> sizes = o.genusSizes
                                           ? o.genusSizes(rows[s], namer.rng())
                                           : randomGenusSizes(rows[s].classes, namer.rng());
        const size_t first = out.size();
        planSupercategory(rows[s], s, sizes, o.generaPerFamily, namer, false, out);
        auto counts = allocateLongTail(rows[s].classes, rows[s].train, o.minTrain, o.maxTrain);
        shuffle(counts, namer.rng());
        const int64_t val = rows[s].val / rows[s].classes;
        for (size_t i = first; i < out.size(); ++i) {
            out[i].train = counts[i - first];
            out[i].val = val;
            out[i].mini = std::min(o.miniPerSpecies, out[i].train);
        }
    }
    // Test images are unlabelled; spread the published total evenly for generation purposes.
    const auto n = static_cast<int64_t>(out.size());
    for (int64_t i = 0; i < n; ++i)
        out[static_cast<size_t>(i)].test = o.test / n + (i < o.test % n);
    for (size_t i = 0; i < out.size(); ++i)
        out[i].category.id = static_cast<int64_t>(i);
    return out;
}

std::vector<PlannedSpecies> planFullScale(uint64_t seed) {
    const auto& published = published2018();
    ShapeOptions o;
    o.test = kPublished2018Test;
    return planShape({published.begin(), published.end()}, o, seed);
}

}  // namespace taxa
