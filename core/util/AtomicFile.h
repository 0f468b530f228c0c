#pragma once
/// @file AtomicFile.h
/// @brief Whole-file writes that never leave a half-written file behind.

#include <string>
#include <string_view>

namespace taxa {

/// @brief Writes @p data to @p path via a temporary file, fsync and rename, so a crash leaves
/// either the old file or the new one. Creates missing parent folders. Throws taxa::Error.
void writeFileAtomic(const std::string& path, std::string_view data);

/// @brief Reads a whole regular file into a string (readRegularFile()). Throws taxa::Error
/// naming the file on failure; a folder, FIFO or device is refused without blocking.
std::string readFile(const std::string& path);

}  // namespace taxa
