#include "dataset/DemoShapes.h"

namespace taxa {

const std::array<PublishedRow, 11>& published2021() {
    static const std::array<PublishedRow, 11> rows = {{
        {"Plants", 4271, 1148702, 42710, "Plantae", "Tracheophyta", "Magnoliopsida"},
        {"Insects", 2526, 663682, 25260, "Animalia", "Arthropoda", "Insecta"},
        {"Birds", 1486, 414847, 14860, "Animalia", "Chordata", "Aves"},
        {"Fungi", 341, 90048, 3410, "Fungi", "Basidiomycota", "Agaricomycetes"},
        {"Reptiles", 313, 86830, 3130, "Animalia", "Chordata", "Reptilia"},
        {"Mammals", 246, 68917, 2460, "Animalia", "Chordata", "Mammalia"},
        {"Ray-finned Fishes", 183, 45166, 1830, "Animalia", "Chordata", "Actinopterygii"},
        {"Amphibians", 170, 46252, 1700, "Animalia", "Chordata", "Amphibia"},
        {"Mollusks", 169, 44670, 1690, "Animalia", "Mollusca", "Gastropoda"},
        {"Arachnids", 153, 40687, 1530, "Animalia", "Arthropoda", "Arachnida"},
        {"Animalia", 142, 37042, 1420, "Animalia", "Echinodermata", "Asteroidea"},
    }};
    return rows;
}

std::vector<PlannedSpecies> planFullScale2019(uint64_t seed) {
    const auto& base = published2018();
    std::vector<int64_t> weights;
    for (const auto& r : base)
        weights.push_back(r.classes);
    const std::vector<int64_t> genera = apportion(kPublished2019Genera, weights);
    // 1,010 = 72 x 14 + 2: every genus has 14 species, the first two 15.
    std::vector<int64_t> classes(base.size());
    int64_t genusIndex = 0;
    std::vector<std::vector<int>> sizes(base.size());
    for (size_t s = 0; s < base.size(); ++s) {
        for (int64_t g = 0; g < genera[s]; ++g, ++genusIndex) {
            const int size = static_cast<int>(kPublished2019Species / kPublished2019Genera) +
                             (genusIndex < kPublished2019Species % kPublished2019Genera);
            sizes[s].push_back(size);
            classes[s] += size;
        }
    }
    const std::vector<int64_t> train = apportion(kPublished2019Train, classes);
    std::vector<PublishedRow> rows(base.begin(), base.end());
    for (size_t s = 0; s < rows.size(); ++s) {
        rows[s].classes = classes[s];
        rows[s].train = train[s];
        rows[s].val = classes[s] * (kPublished2019Val / kPublished2019Species);
    }
    ShapeOptions o;
    o.generaPerFamily = 2;
    o.genusSizes = [&](const PublishedRow& row, Rng&) {
        for (size_t s = 0; s < rows.size(); ++s)
            if (rows[s].name == row.name) return sizes[s];
        return std::vector<int>{};
    };
    return planShape(rows, o, seed);
}

std::vector<PlannedSpecies> planFullScale2021(uint64_t seed) {
    const auto& published = published2021();
    ShapeOptions o;
    o.minTrain = kPublished2021MiniPerSpecies;
    o.maxTrain = 300;
    o.test = kPublished2021Test;
    o.miniPerSpecies = kPublished2021MiniPerSpecies;
    return planShape({published.begin(), published.end()}, o, seed);
}

}  // namespace taxa
