#pragma once
// A small dataset built in memory (core types only), with a taxonomy whose filter results are easy
// to work out by hand. Classes (by category id) and their train/val counts:
//   0 Coccinella septempunctata  Insecta  40/3   Animalia Arthropoda Insecta Coleoptera
//   1 Coccinella bipunctata      Insecta   3/3     Coccinellidae Coccinella
//   2 Adalia bipunctata          Insecta  12/3     Coccinellidae Adalia
//   3 Parus major                Aves    100/3   Animalia Chordata Aves Passeriformes Paridae
//   4 Cyanistes caeruleus        Aves      7/2     Parus / Cyanistes
//   5 Quercus robur              Plantae  25/3   Plantae Tracheophyta Magnoliopsida Fagales
//                                                  Fagaceae Quercus

#include <array>
#include <string>

#include "dataset/Dataset.h"

namespace fixtures {

struct FixtureSpecies {
    const char* name;
    const char* super;
    std::array<const char*, 6> ranks;
    int train;
    int val;
};

inline const std::array<FixtureSpecies, 6>& fixtureSpecies() {
    static const std::array<FixtureSpecies, 6> s = {{
        {"Coccinella septempunctata",
         "Insecta",
         {"Animalia", "Arthropoda", "Insecta", "Coleoptera", "Coccinellidae", "Coccinella"},
         40,
         3},
        {"Coccinella bipunctata",
         "Insecta",
         {"Animalia", "Arthropoda", "Insecta", "Coleoptera", "Coccinellidae", "Coccinella"},
         3,
         3},
        {"Adalia bipunctata",
         "Insecta",
         {"Animalia", "Arthropoda", "Insecta", "Coleoptera", "Coccinellidae", "Adalia"},
         12,
         3},
        {"Parus major",
         "Aves",
         {"Animalia", "Chordata", "Aves", "Passeriformes", "Paridae", "Parus"},
         100,
         3},
        {"Cyanistes caeruleus",
         "Aves",
         {"Animalia", "Chordata", "Aves", "Passeriformes", "Paridae", "Cyanistes"},
         7,
         2},
        {"Quercus robur",
         "Plantae",
         {"Plantae", "Tracheophyta", "Magnoliopsida", "Fagales", "Fagaceae", "Quercus"},
         25,
         3},
    }};
    return s;
}

/// The fixture, with image files named train/<class>/<n>.jpg and val/<class>/<n>.jpg under
/// @p root (the files themselves are not written). With @p sharedPhotographer, "Ann" took the
/// first train and the first val image of class 0, which the photographer check reports.
inline taxa::Dataset taxonomyDataset(const std::string& root = "/nonexistent",
                                     bool sharedPhotographer = false) {
    taxa::Dataset ds;
    if (sharedPhotographer) ds.photographers.push_back("Ann");
    ds.root = root;
    ds.layout = taxa::Layout::Inat2018;
    int64_t id = 0;
    const auto& species = fixtureSpecies();
    for (size_t c = 0; c < species.size(); ++c) {
        taxa::Category cat;
        cat.id = static_cast<int64_t>(c);
        cat.name = species[c].name;
        cat.supercategory = species[c].super;
        for (size_t r = 0; r < 6; ++r)
            cat.ranks[r] = species[c].ranks[r];
        ds.categories.push_back(cat);
    }
    for (taxa::Split split : {taxa::Split::Train, taxa::Split::Val}) {
        for (size_t c = 0; c < species.size(); ++c) {
            const int n = split == taxa::Split::Train ? species[c].train : species[c].val;
            for (int i = 0; i < n; ++i) {
                taxa::ImageRecord im;
                im.id = id++;
                im.split = split;
                im.label = static_cast<int32_t>(c);
                im.width = 64;
                im.height = 48;
                if (sharedPhotographer && c == 0 && i == 0) im.photographer = 0;
                ds.setFileName(im, std::string(taxa::splitName(split)) + "/" + std::to_string(c) +
                                       "/" + std::to_string(i) + ".jpg");
                ds.images.push_back(im);
            }
        }
    }
    ds.indexCategories();
    return ds;
}

}  // namespace fixtures
