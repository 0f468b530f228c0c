#pragma once
/// @file BinaryIo.h
/// @brief Plain little-endian arrays in and out of the project's binary files (feature stores,
/// feature maps): append to a byte string; take from read bytes after checking they are there.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "util/Error.h"
#include "util/RegularFile.h"

namespace taxa {

/// @brief Appends @p n items of T at @p data to @p out as they lie in memory.
template <class T>
void appendRaw(std::string& out, const T* data, size_t n) {
    out.append(reinterpret_cast<const char*>(data), n * sizeof(T));
}

/// @brief Reads @p n items of T at @p at into @p out and advances @p at; throws taxa::Error
/// "PATH: truncated WHAT (N bytes)" when the bytes end first.
template <class T>
void takeRaw(std::string_view bytes, size_t& at, T* out, size_t n, const std::string& path,
             const char* what) {
    if (n > (bytes.size() - at) / sizeof(T))
        throw Error(path + ": truncated " + what + " (" + std::to_string(bytes.size()) + " bytes)");
    if (n == 0) return;  // an empty vector's data() may be null, which memcpy must not get
    std::memcpy(out, bytes.data() + at, n * sizeof(T));
    at += n * sizeof(T);
}

template <class T>
void takeRaw(const std::vector<uint8_t>& bytes, size_t& at, T* out, size_t n,
             const std::string& path, const char* what) {
    takeRaw(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), at, out, n,
            path, what);
}

/// @brief Reads the file at @p path into @p bytes and checks that it starts with the 8 bytes
/// of @p magic; returns the offset after them. Throws taxa::Error "PATH: not a WHAT (WRITER
/// writes them)" for another file, and as takeRaw() for a shorter one.
inline size_t readWithMagic(const std::string& path, const char (&magic)[8],
                            std::vector<uint8_t>& bytes, const char* what, const char* writer) {
    readRegularFile(path, bytes);
    size_t at = 0;
    char head[sizeof(magic)] = {};
    takeRaw(bytes, at, head, sizeof(head), path, what);
    if (std::memcmp(head, magic, sizeof(magic)) != 0)
        throw Error(path + ": not a " + what + " (" + writer + " writes them)");
    return at;
}

}  // namespace taxa
