#pragma once
// Three species, two val images each, with scored top-1 guesses whose precision, recall, F1 and
// average precision are worked out by hand below (the tests compare the GUI with these numbers,
// not with core's).
//
//   image  truth  first guess  score
//   0      0      0            0.90   right
//   1      0      1            0.95   wrong
//   2      1      1            0.70   right
//   3      1      0            0.60   wrong
//   4      2      0            0.50   wrong
//   5      2      0            0.40   wrong
//
// Per species (top-1): species 0 is guessed for images 0, 3, 4, 5 and right once:
//   precision 1/4, recall 1/2, F1 = 2 (1/4)(1/2) / (1/4 + 1/2) = 1/3.
// Species 1 is guessed for 1 and 2, right once: precision 1/2, recall 1/2, F1 1/2.
// Species 2 is never guessed: precision undefined, recall 0, F1 0.
// Macro over the three (an undefined precision counts 0): precision (1/4 + 1/2 + 0)/3 = 1/4,
// recall (1/2 + 1/2 + 0)/3 = 1/3, F1 (1/3 + 1/2 + 0)/3 = 5/18 = 27.8%.
//
// The split's curve, threshold falling (recall over the 6 images):
//   0.95 wrong: P 0/1, R 0;  0.90 right: P 1/2, R 1/6;  0.70 right: P 2/3, R 2/6;
//   0.60, 0.50, 0.40 wrong: P 2/4, 2/5, 2/6 at R 2/6.
//   AP = sum (R_n - R_n-1) P_n = (1/6)(1/2) + (1/6)(2/3) = 1/12 + 1/9 = 7/36 = 19.4%.
// Species 0's curve: 0.90 right (P 1, R 1/2), then three wrong guesses: AP = (1/2)(1) = 50.0%.
// Species 1's curve: 0.95 wrong (P 0, R 0), 0.70 right (P 1/2, R 1/2): AP = (1/2)(1/2) = 25.0%.
//
// allRight() is a B that guesses every image right (precision, recall, F1 1 for all three).

#include <memory>
#include <string>

#include "dataset/Dataset.h"
#include "eval/Predictions.h"
#include "state/LoadedDataset.h"

namespace fixtures {

inline std::shared_ptr<const LoadedDataset> handWorkedDataset() {
    const char* names[3] = {"Parus major", "Cyanistes caeruleus", "Sitta europaea"};
    const char* genera[3] = {"Parus", "Cyanistes", "Sitta"};
    taxa::Dataset ds;
    ds.root = "/nonexistent";
    ds.layout = taxa::Layout::Inat2018;
    for (int c = 0; c < 3; ++c) {
        taxa::Category cat;
        cat.id = c;
        cat.name = names[c];
        cat.supercategory = "Aves";
        cat.ranks = {
            "Animalia", "Chordata", "Aves", "Passeriformes", c == 2 ? "Sittidae" : "Paridae",
            genera[c]};
        ds.categories.push_back(cat);
    }
    int64_t id = 0;
    for (taxa::Split split : {taxa::Split::Train, taxa::Split::Val})
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < 2; ++i) {
                taxa::ImageRecord im;
                im.id = id++;
                im.split = split;
                im.label = c;
                im.width = 64;
                im.height = 48;
                ds.setFileName(im, std::string(taxa::splitName(split)) + "/" + std::to_string(c) +
                                       "/" + std::to_string(i) + ".jpg");
                ds.images.push_back(im);
            }
    ds.indexCategories();
    return LoadedDataset::fromDataset(std::move(ds), {}, false);
}

// The table above; without @p scores, the same guesses as a Kaggle CSV gives them.
inline taxa::PredictionSet handWorkedPredictions(const LoadedDataset& data, bool scores = true) {
    const int32_t guess[6] = {0, 1, 1, 0, 0, 0};
    const float score[6] = {0.9f, 0.95f, 0.7f, 0.6f, 0.5f, 0.4f};
    taxa::PredictionSet p;
    int row = 0;
    for (const taxa::ImageRecord& im : data.dataset.images) {
        if (im.split != taxa::Split::Val) continue;
        const int32_t first = guess[row];
        const int32_t second = first == 0 ? 1 : 0, third = 3 - first - second;
        // The rest of the mass shared by the other two, so that each row sums to 1.
        const float rest = (1 - score[row]) / 2;
        p.rows.push_back(
            {im.id,
             {first, second, third},
             scores ? std::vector<float>{score[row], rest, rest} : std::vector<float>{}});
        ++row;
    }
    return p;
}

inline taxa::PredictionSet allRight(const LoadedDataset& data) {
    taxa::PredictionSet p;
    for (const taxa::ImageRecord& im : data.dataset.images)
        if (im.split == taxa::Split::Val) {
            const int32_t a = (im.label + 1) % 3, b = (im.label + 2) % 3;
            p.rows.push_back({im.id, {im.label, a, b}, {0.8f, 0.1f, 0.1f}});
        }
    return p;
}

}  // namespace fixtures
