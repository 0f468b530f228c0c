#pragma once
/// @file LoadedDataset.h
/// @brief Everything the UI shows about one open dataset, built off the GUI thread and then
/// shared read-only by the panels.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dataset/Dataset.h"
#include "dataset/DatasetLoader.h"
#include "dataset/Stats.h"
#include "dataset/Taxonomy.h"
#include "util/Progress.h"

/// @brief A contiguous run of image indices (into Dataset::images).
struct ImageRange {
    const int32_t* first = nullptr;
    const int32_t* last = nullptr;
    const int32_t* begin() const { return first; }
    const int32_t* end() const { return last; }
    int32_t size() const { return static_cast<int32_t>(last - first); }
};

/// @brief An open dataset with its taxonomy and statistics; immutable once built.
struct LoadedDataset {
    taxa::Dataset dataset;
    taxa::Taxonomy taxonomy;
    taxa::DatasetStats stats;
    std::vector<int64_t> trainCounts;  ///< Train images per class.
    std::vector<int64_t> valCounts;    ///< Val images per class.
    /// Class indices, most training images first (ties: lower index first): the long tail's
    /// order, and every "rank N of M by training images" in the app.
    std::vector<int32_t> byTrainImages;
    std::vector<int32_t> trainRank;  ///< Class index -> position in byTrainImages.
    /// True when the test split was left out by loadWithoutTest() and is still to be read.
    bool testPending = false;
    /// Lower-cased taxonomy node names (UTF-8), so that searching never converts case per key.
    std::vector<std::string> lowerNames;
    std::vector<std::string> lowerSupercategories;  ///< Same, per supercategory.

    /// @brief Loads (leniently, so problems become findings), builds the taxonomy and runs the
    /// split checks. Throws taxa::Error or taxa::Cancelled.
    static std::shared_ptr<const LoadedDataset> load(const std::string& root,
                                                     const taxa::ProgressFn& progress);
    /// @brief As above, from explicitly named files.
    static std::shared_ptr<const LoadedDataset> load(const taxa::DatasetFiles& files,
                                                     const taxa::ProgressFn& progress);
    /// @brief Loads all but the test split: the explorer needs only labelled images, and the
    /// test file is a third of the reading. Train and val images get the same indices as in a
    /// full load (images are stored train, then val, then test). Sets testPending if @p files
    /// names a test file, and then leaves the split checks to the full load.
    static std::shared_ptr<const LoadedDataset> loadWithoutTest(taxa::DatasetFiles files,
                                                                const taxa::ProgressFn& progress);
    /// @brief Builds what the views need from an already loaded dataset: taxonomy, split checks
    /// (unless @p runChecks is false), statistics and indexes (used by load(), and by tests that
    /// build a dataset in memory).
    static std::shared_ptr<const LoadedDataset> fromDataset(taxa::Dataset ds,
                                                            const taxa::ProgressFn& progress = {},
                                                            bool runChecks = true);

    /// @brief Images of a class, train first, then val, each in file order.
    ImageRange imagesOf(int32_t classIndex) const;
    /// @brief Absolute path of an image file.
    std::string imagePath(int32_t imageIndex) const;
    /// @brief Indices of the images with the given ids (an id may occur in several splits), in
    /// dataset order, at most @p limit of them.
    std::vector<int32_t> findImages(const std::vector<int64_t>& ids, size_t limit) const;

  private:
    void indexImagesByClass();
    std::vector<int32_t> classStart_;   ///< classCount + 1 offsets into classImages_.
    std::vector<int32_t> classImages_;  ///< Image indices grouped by class.
};
