#pragma once
/// @file DataSplits.h
/// @brief The image lists a run trains and measures on: train, val, and the deterministic
/// 90/10 split of val into a fine-tuning part and "minival".

#include <string>
#include <vector>

#include "data/BatchLoader.h"
#include "dataset/Dataset.h"
#include "dataset/Minival.h"

namespace taxa {

/// @brief Image lists of a run, as loader items (absolute paths, labels, ids).
struct RunData {
    std::vector<LoaderItem> train;
    std::vector<LoaderItem> val;      ///< All of val.
    std::vector<LoaderItem> valFit;   ///< Val minus minival: fine-tuning data.
    std::vector<LoaderItem> minival;  ///< About 10% of val, chosen by a hash of the image id.
};

/// @brief Builds the lists from a dataset (labelled train and val images only).
RunData runData(const Dataset& ds);

}  // namespace taxa
