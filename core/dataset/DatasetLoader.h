#pragma once
/// @file DatasetLoader.h
/// @brief Recognising a dataset folder's layout (an iNaturalist release, folders of classes,
/// CUB-200-2011, NABirds) and loading it into a Dataset with referential checks; every layout's
/// reader gives the same Dataset, so nothing above this needs to know which one it was.

#include <string>
#include <vector>

#include "dataset/Dataset.h"
#include "dataset/Layouts.h"
#include "util/Progress.h"

namespace taxa {

/// @brief Paths of the files that make up a dataset; empty means absent. For folders of classes
/// train, val and test are the split folders; for CUB and NABirds train is images.txt.
struct DatasetFiles {
    std::string root;  ///< Image paths are resolved inside this folder.
    Layout layout = Layout::Inat2018;
    std::string train, val, test;
    std::string categories;  ///< Un-obfuscated categories.json; replaces the files' lists.
    std::string trainLocations, valLocations;
    /// Folders of classes without a val folder: how val is drawn from the one folder.
    DerivedSplit derivedSplit;
};

/// @brief How to load: which layout, and how to treat referential problems (duplicate or
/// dangling ids, unlabelled images).
struct LoadOptions {
    /// Strict: the first problem throws. Lenient: offending entries are dropped and recorded in
    /// Dataset::issues, so split checks can list them all.
    bool strict = true;
    /// A `--layout` name (see layoutOptionNames()); empty recognises the layout by its files.
    std::string layout;
    /// Folders of classes given as one folder: the share of each class held out as val, and
    /// the seed of the choice (recorded in Dataset::derivedSplit).
    double valFraction = 0.1;
    uint64_t splitSeed = 0;
};

/// @brief Recognises a layout by the files in @p root, in this order: iNaturalist annotation
/// files (train2018.json, train2017.json, train2019.json, train.json, train_mini.json), the
/// CUB/NABirds lists (images.txt and image_class_labels.txt; NABirds has hierarchy.txt), then
/// folders of classes (train/ and val/, or class folders in the root). options.layout picks one
/// where several would fit (e.g. "inat2021-mini" when train.json is there too, or "folders" for
/// a 2021 image tree). Throws taxa::Error naming what was looked for.
DatasetFiles findDatasetFiles(const std::string& root, const LoadOptions& options = {});

/// @brief The annotation files of @p files that exist (for CUB and NABirds every list the
/// reader opens): what an output must never overwrite.
std::vector<std::string> annotationFiles(const DatasetFiles& files);

/// @brief Loads and cross-checks the files. Throws taxa::Error for bad input, Cancelled when
/// @p progress returns false.
Dataset loadDataset(const DatasetFiles& files, const LoadOptions& options = {},
                    const ProgressFn& progress = {});

/// @brief findDatasetFiles() then loadDataset().
Dataset loadDataset(const std::string& root, const LoadOptions& options = {},
                    const ProgressFn& progress = {});

}  // namespace taxa
