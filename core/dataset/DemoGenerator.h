#pragma once
/// @file DemoGenerator.h
/// @brief `taxa-cli demo`: writes a deterministic dataset in the real 2018 layout (annotation
/// files, categories.json, locations, JPEG images), or the metadata of a full-scale set in the
/// published shape of 2018, 2019 or 2021.

#include <cstdint>
#include <string>

#include "dataset/Dataset.h"
#include "dataset/DemoPlan.h"
#include "util/OutputFolder.h"
#include "util/Progress.h"

namespace taxa {

/// @brief What to generate.
struct DemoOptions {
    std::string out;         ///< Dataset folder to write into (created if missing).
    DemoPlanOptions plan;    ///< Species count, seed and bounds of the small set.
    bool fullScale = false;  ///< The published shape of @p shape's year instead.
    /// The year whose files are written (Layout::Inat2018, Inat2019 or Inat2021; 2021:
    /// train.json, train_mini.json, val.json, public_test.json) and, with fullScale, whose
    /// published shape.
    Layout shape = Layout::Inat2018;
    bool images = true;   ///< Write JPEGs; false writes metadata only.
    int imageSide = 256;  ///< Longest side of demo images in pixels.
    bool force = false;   ///< Write into a folder holding files the demo did not write
                          ///< (`--force`); system folders are refused even so.
};

/// @brief What was written.
struct DemoSummary {
    int64_t species = 0;
    int64_t train = 0;
    int64_t val = 0;
    int64_t test = 0;
    int64_t mini = 0;  ///< 2021 train_mini images.
    int64_t imagesWritten = 0;
};

/// @brief The demo's claim on its output folder: the marker file and the names it writes.
const OutputFolderOwner& demoFolderOwner();

/// @brief Generates the dataset. Same options, same bytes. Refuses (taxa::Error) a system
/// folder, and a folder holding files the demo did not write unless DemoOptions::force (see
/// claimOutputFolder()). Throws taxa::Error on I/O failure, Cancelled when @p progress returns
/// false (files already written stay).
DemoSummary generateDemo(const DemoOptions& options, const ProgressFn& progress = {});

}  // namespace taxa
