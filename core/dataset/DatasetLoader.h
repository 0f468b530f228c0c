#pragma once
/// @file DatasetLoader.h
/// @brief Finding the files of an iNaturalist release in a folder and loading them into a
/// Dataset with referential checks (ids, labels, locations).

#include <string>

#include "dataset/Dataset.h"
#include "util/Progress.h"

namespace taxa {

/// @brief Paths of the files that make up a dataset; empty means absent.
struct DatasetFiles {
    std::string root;  ///< Image paths are resolved inside this folder.
    Layout layout = Layout::Inat2018;
    std::string train, val, test;
    std::string categories;  ///< Un-obfuscated categories.json; replaces the files' lists.
    std::string trainLocations, valLocations;
};

/// @brief Recognises the 2017, 2018 or 2021 file names in @p root. Throws taxa::Error if the
/// folder has no train annotation file of any layout.
DatasetFiles findDatasetFiles(const std::string& root);

/// @brief How to treat referential problems (duplicate or dangling ids, unlabelled images).
struct LoadOptions {
    /// Strict: the first problem throws. Lenient: offending entries are dropped and recorded in
    /// Dataset::issues, so split checks can list them all.
    bool strict = true;
};

/// @brief Loads and cross-checks the files. Throws taxa::Error for bad input, Cancelled when
/// @p progress returns false.
Dataset loadDataset(const DatasetFiles& files, const LoadOptions& options = {},
                    const ProgressFn& progress = {});

/// @brief findDatasetFiles() then loadDataset().
Dataset loadDataset(const std::string& root, const LoadOptions& options = {},
                    const ProgressFn& progress = {});

/// @brief "2017", "2018" or "2021".
const char* layoutName(Layout layout);

}  // namespace taxa
