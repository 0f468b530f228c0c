#pragma once
/// @file ImageFile.h
/// @brief Reading an image file's bytes for the decoders: through the shared regular-file
/// reader, so a FIFO or device in place of a photo becomes a counted bad image, never a hang.

#include <cstdint>
#include <string>
#include <vector>

namespace taxa {

/// @brief Largest image file read (1 GiB): far above any photo, below what would exhaust memory.
constexpr uint64_t kMaxImageFileBytes = uint64_t(1) << 30;

/// @brief Reads the file at @p path into @p bytes (replacing their content). Throws ImageError:
/// Missing (no such file, or unreadable), NotAnImage (a folder, FIFO, device or socket) or
/// TooLarge; its message names the file.
void readImageFile(const std::string& path, std::vector<uint8_t>& bytes,
                   uint64_t maxBytes = kMaxImageFileBytes);

}  // namespace taxa
