#pragma once
// A small demo dataset for the GUI tests (14 species, tiny images), loaded as the panels get
// it, and prediction sets with known confusions.

#include <QTemporaryDir>
#include <algorithm>
#include <memory>

#include "dataset/DemoGenerator.h"
#include "eval/Predictions.h"
#include "state/LoadedDataset.h"

namespace fixtures {

inline std::shared_ptr<const LoadedDataset> demo(const QTemporaryDir& dir, int64_t maxTrain = 8) {
    taxa::DemoOptions o;
    o.out = dir.path().toStdString() + "/demo";
    o.plan.species = 14;
    o.plan.minTrain = 4;
    o.plan.maxTrain = maxTrain;
    o.plan.testPerSpecies = 0;
    o.imageSide = 48;
    taxa::generateDemo(o);
    return LoadedDataset::load(o.out, {});
}

// Val predictions with known mistakes: the first val image of every third class is taken for
// the class @p shift on; every val image of class 1 is taken for class 0. Others are right.
inline taxa::PredictionSet confusedPredictions(const LoadedDataset& data, int shift = 1) {
    const int n = data.taxonomy.classCount();
    taxa::PredictionSet p;
    p.split = taxa::Split::Val;
    std::vector<int> seen(static_cast<size_t>(n), 0);
    for (const taxa::ImageRecord& im : data.dataset.images) {
        if (im.split != taxa::Split::Val) continue;
        const int truth = im.label;
        int first = truth;
        if (truth == 1)
            first = 0;
        else if (truth % 3 == 0 && seen[static_cast<size_t>(truth)] == 0)
            first = (truth + shift) % n;
        ++seen[static_cast<size_t>(truth)];
        // The truth is among the first three guesses except for class 1 (a top-3 error).
        std::vector<int32_t> classes = {first};
        if (truth != first && truth != 1) classes.push_back(truth);
        for (int c = 2; classes.size() < 3; ++c)
            if (std::find(classes.begin(), classes.end(), c) == classes.end() && c != truth)
                classes.push_back(c);
        p.rows.push_back({im.id, classes, {}});
    }
    return p;
}

}  // namespace fixtures
