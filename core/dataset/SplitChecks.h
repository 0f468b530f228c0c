#pragma once
/// @file SplitChecks.h
/// @brief Consistency checks of a dataset's splits: class bounds, val counts, referential
/// problems found while loading, photographers shared between splits, missing image files.

#include <cstdint>
#include <string>
#include <vector>

#include "dataset/Dataset.h"
#include "util/Progress.h"

namespace taxa {

/// @brief What the checks expect; defaultChecks() gives each layout's published rules.
struct SplitCheckOptions {
    int64_t minTrain = 2;         ///< Fewest train images a species may have; <= 0 for no limit.
    int64_t maxTrain = 1000;      ///< Most train images a species may have; <= 0 for no limit.
    int64_t valPerSpecies = 3;    ///< Exact val images per species; <= 0 to skip the check.
    bool absentClasses = false;   ///< Report classes without train (or, if any, val) images.
    bool duplicateFiles = false;  ///< Compare file contents across splits (reads files).
    bool checkFiles = false;      ///< Also stat every image file (slow on a cold disk).
};

/// @brief The rules a layout's release defines, and no others: 2018 [2, 1000] train and 3 val
/// per species; 2017 at least 8 train; 2019 3 val; 2021 10 val (train_mini: exactly 50 train);
/// CUB, NABirds and folders of classes no count bounds. Every layout but 2017 and 2018 (whose
/// bounds cover it) reports classes absent from a split; folders of classes also look for the
/// same file in two splits.
SplitCheckOptions defaultChecks(Layout layout);

/// @brief One kind of problem and everything it concerns.
struct Finding {
    std::string kind;      ///< Stable key, e.g. "train-count-bounds".
    std::string severity;  ///< "error" (broken data) or "warning" (breaks a published rule).
    std::string message;   ///< One line for a person.
    int64_t count = 0;     ///< Number of species, images or photographers concerned.
    std::vector<int32_t> classes;   ///< Class indices concerned, if any.
    std::vector<int64_t> imageIds;  ///< Image ids concerned, if any.
};

/// @brief Checks run and their findings (empty findings: all passed).
struct SplitCheckReport {
    std::vector<std::string> checksRun;
    std::vector<Finding> findings;
};

/// @brief Runs the checks. Throws Cancelled if @p progress returns false.
SplitCheckReport runSplitChecks(const Dataset& ds, const SplitCheckOptions& options,
                                const ProgressFn& progress = {});

}  // namespace taxa
