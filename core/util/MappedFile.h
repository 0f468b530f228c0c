#pragma once
/// @file MappedFile.h
/// @brief A read-only memory map of a whole file followed by readable zero padding, so SIMD
/// parsers may read a little past the end. Mapping instead of reading avoids copying the file
/// and faulting in fresh memory for it, which dominates load time for 100 MB annotation files.

#include <cstddef>
#include <string>

namespace taxa {

/// @brief Maps a file read-only with @p padding readable bytes after its end.
class MappedFile {
  public:
    /// @brief Throws taxa::Error naming @p label on failure.
    MappedFile(const std::string& path, const std::string& label, size_t padding);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const char* data() const { return data_; }
    size_t size() const { return size_; }
    /// @brief Bytes readable from data(): size() plus at least the padding asked for.
    size_t capacity() const { return capacity_; }
    /// @brief Drops the whole pages before @p upTo from the process's memory (they stay in the
    /// page cache, and reading them again faults them back in): a parser that has passed them
    /// keeps the process's peak at the part of a 100 MB file it still reads.
    void releaseBefore(const char* upTo);

  private:
    char* data_ = nullptr;
    size_t size_ = 0;
    size_t capacity_ = 0;
    size_t released_ = 0;  // bytes from data_ already given back
    void* region_ = nullptr;
    size_t regionSize_ = 0;
};

}  // namespace taxa
