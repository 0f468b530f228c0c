#pragma once
// Internal to the folders-of-classes reader: lists one split folder into image records whose
// label is the index of their class folder in a shared table of class paths.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dataset/Dataset.h"
#include "util/Progress.h"
#include "util/StringInterner.h"

namespace taxa::detail {

/// Deepest class folder below a split folder: six levels of groups above the class.
constexpr int kMaxClassDepth = kAboveSpeciesRanks + 1;

/// True for names ending .jpg, .jpeg or .png in any case (what the decoders read).
bool isImageFileName(std::string_view name);

/// What one walk found besides images.
struct WalkReport {
    int64_t ignoredFiles = 0;  ///< Visible files that are not JPEG or PNG images.
    std::string firstIgnored;  ///< Path relative to the dataset root, for the message.
    int deepestClass = 0;      ///< Depth of the deepest class folder (1 = split/<class>/).
};

/// Lists @p folder (path @p shown relative to the dataset root, "" or ending in '/') into
/// ds.images and ds.names with split @p split. Labelled walks read class folders: a folder of
/// images is a class (its path below the split folder, interned in @p classes, is the label);
/// a folder of folders groups classes. Unlabelled walks (test) take images at any depth.
/// Entries are read in name order, hidden ones skipped; image ids count on from @p nextId.
/// Throws taxa::Error for an image outside a class folder, a folder of both images and
/// folders, class folders deeper than kMaxClassDepth, or an unreadable folder.
WalkReport walkSplitFolder(const std::string& folder, const std::string& shown, Split split,
                           bool labelled, StringInterner& classes, Dataset& ds, int64_t& nextId,
                           const ProgressFn& progress);

}  // namespace taxa::detail
