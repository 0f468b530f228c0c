#pragma once
/// @file OutputFolder.h
/// @brief Taking a folder to write into without harming what is already there: system
/// folders are refused outright, and a folder holding anything the producer did not write is
/// refused unless the user forces it. A producer marks the folders it writes with a marker
/// file, so that writing into one again (a rerun, or a run cut short) needs no force.

#include <string>
#include <vector>

namespace taxa {

/// @brief A producer of output folders.
struct OutputFolderOwner {
    std::string producer;            ///< For messages, e.g. "taxa-cli demo".
    std::string marker;              ///< File name that marks a folder as its own.
    std::vector<std::string> owned;  ///< Top-level names it writes (the marker need not be
                                     ///< listed; its temporary files "NAME.tmp..." count too).
};

/// @brief Why @p dir must never be written into (the root, a system folder such as /usr or
/// /etc, a folder that holds home folders, the home folder itself), or "" if it may be.
std::string systemFolderReason(const std::string& dir);

/// @brief Makes @p dir ready for @p owner to write into: refuses a system folder, a path that
/// is not a folder, and (unless @p force) a folder that is neither empty nor marked by @p owner
/// and holding only the names it writes; then creates the folder and writes the marker (before
/// anything else, so that an interrupted run can be repeated). Throws taxa::Error naming the
/// folder.
void claimOutputFolder(const std::string& dir, const OutputFolderOwner& owner, bool force);

}  // namespace taxa
