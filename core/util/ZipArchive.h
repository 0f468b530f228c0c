#pragma once
/// @file ZipArchive.h
/// @brief A read-only view of a zip archive in memory, as PyTorch writes them (checkpoints,
/// state dicts: stored records, and deflated code in TorchScript), with a CRC-32 check of every
/// record. PyTorch's own
/// reader builds miniz without read-side CRC checks, so a flipped byte in a checkpoint loads
/// silently as wrong weights; verify() catches it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace taxa {

/// @brief One record of the archive.
struct ZipEntry {
    std::string name;
    uint64_t dataOffset = 0;  ///< Of the stored bytes, from the start of the archive.
    uint64_t size = 0;        ///< Stored bytes.
    uint64_t unpacked = 0;    ///< Bytes once inflated (= size when stored).
    uint32_t crc = 0;         ///< Of the unpacked bytes.
    bool deflated = false;    ///< TorchScript archives deflate their code records.
};

class ZipArchive {
  public:
    /// @brief Reads the central directory of the archive in @p data (which must outlive
    /// this). Throws taxa::Error naming @p label if it is not a readable zip of stored records.
    ZipArchive(const char* data, size_t size, std::string label);
    // The look-ups view the names in entries_: a copy would view the original's.
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;
    ZipArchive(ZipArchive&&) = default;

    const std::vector<ZipEntry>& entries() const { return entries_; }
    /// @brief The entry named @p name, or nullptr.
    const ZipEntry* find(std::string_view name) const;
    /// @brief The entry whose name ends with "/" + @p suffix (records sit in one top folder
    /// whose name varies), or nullptr.
    const ZipEntry* findInFolder(std::string_view suffix) const;
    /// @brief The bytes of a stored (not deflated) @p entry. Throws taxa::Error otherwise.
    std::string_view bytes(const ZipEntry& entry) const;
    /// @brief Checks every record against its CRC-32; throws taxa::Error naming the first
    /// record that fails.
    void verify() const;

  private:
    void readCentralDirectory(uint64_t offset, uint64_t count);
    const char* data_;
    size_t size_;
    std::string label_;
    std::vector<ZipEntry> entries_;
    // Look-ups by name and by name below the top folder: a state dict looks up each of its
    // storages, and a hostile archive can hold hundreds of thousands of records.
    std::unordered_map<std::string_view, size_t> byName_, byFolderSuffix_;
};

}  // namespace taxa
