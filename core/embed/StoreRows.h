#pragma once
/// @file StoreRows.h
/// @brief Which image of a dataset each row of a feature store is: a store computed for
/// another dataset (or an older version of it) is refused rather than reported on.

#include <cstdint>
#include <string>
#include <vector>

#include "dataset/Dataset.h"
#include "eval/FeatureStore.h"

namespace taxa::embed {

/// @brief The index into ds.images of each row (by image id within the row's split). Throws
/// taxa::Error naming @p path for a row whose image the dataset lacks.
std::vector<int32_t> storeImages(const FeatureStore& store, const Dataset& ds,
                                 const std::string& path);
/// @brief The same for rows given as image ids and splits (a feature map's rows).
std::vector<int32_t> rowImages(const std::vector<int64_t>& ids, const std::vector<uint8_t>& splits,
                               const Dataset& ds, const std::string& path);

}  // namespace taxa::embed
