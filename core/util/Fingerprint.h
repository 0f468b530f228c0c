#pragma once
/// @file Fingerprint.h
/// @brief Which checkpoint a derived file (a feature store) was computed from, told apart by
/// content rather than by modification times: a copy keeps its fingerprint, another model's
/// checkpoint written later does not share it.

#include <cstdint>
#include <string>

namespace taxa {

/// @brief XXH3-64 of a zip archive's size and its last 256 KB, which hold the central
/// directory: the name, size and CRC-32 of every record, so two checkpoints with different
/// tensors differ here without reading their gigabytes. Never 0 (kept for "unknown"). Throws
/// taxa::Error naming @p path when it cannot be read.
uint64_t archiveFingerprint(const std::string& path);

}  // namespace taxa
