#pragma once
/// @file LoadedDataset.h
/// @brief Everything the UI shows about one open dataset, built off the GUI thread and then
/// shared read-only by the panels.

#include <memory>
#include <string>

#include "dataset/Dataset.h"
#include "dataset/Stats.h"
#include "dataset/Taxonomy.h"
#include "util/Progress.h"

/// @brief An open dataset with its taxonomy and statistics; immutable once built.
struct LoadedDataset {
    taxa::Dataset dataset;
    taxa::Taxonomy taxonomy;
    taxa::DatasetStats stats;

    /// @brief Loads (leniently, so problems become findings), builds the taxonomy and runs the
    /// split checks. Throws taxa::Error or taxa::Cancelled.
    static std::shared_ptr<const LoadedDataset> load(const std::string& root,
                                                     const taxa::ProgressFn& progress);
};
