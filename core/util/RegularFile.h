#pragma once
/// @file RegularFile.h
/// @brief The one way core reads an input file: only regular files are opened. A FIFO, a
/// device or a socket where a file is expected would block open() or read() forever (a FIFO
/// waits for a writer), and a folder "opens" as an empty file; all are refused with a one-line
/// error before any blocking call.

#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "util/Error.h"

namespace taxa {

/// @brief Why a file could not be read, for callers that count problems by kind.
enum class FileProblem {
    Missing,     ///< No such file (or a dangling link).
    NotRegular,  ///< A folder, FIFO, device or socket.
    TooLarge,    ///< Larger than the caller's limit.
    Unreadable,  ///< Permission denied or an I/O error.
};

/// @brief A file that cannot be read; what() is one line naming the file.
class FileError : public Error {
  public:
    FileError(FileProblem problem, const std::string& message)
        : Error(message), problem_(problem) {}
    FileProblem problem() const { return problem_; }

  private:
    FileProblem problem_;
};

/// @brief No size limit.
constexpr uint64_t kNoSizeLimit = std::numeric_limits<uint64_t>::max();

/// @brief An open, read-only descriptor of a regular file; closes it when destroyed.
class RegularFile {
  public:
    /// @brief stat() the path, refuse anything but a regular file, open it with O_NONBLOCK
    /// (so a FIFO swapped in after the check cannot block) and fstat() the descriptor to close
    /// that race. Throws FileError naming @p path.
    explicit RegularFile(const std::string& path, uint64_t maxBytes = kNoSizeLimit);
    ~RegularFile();
    RegularFile(const RegularFile&) = delete;
    RegularFile& operator=(const RegularFile&) = delete;

    int fd() const { return fd_; }
    /// @brief Size when opened.
    uint64_t size() const { return size_; }
    /// @brief Reads the whole file into @p out (replacing its content), at most maxBytes.
    void readAll(std::vector<uint8_t>& out);
    void readAll(std::string& out);

  private:
    template <class Buffer>
    void readInto(Buffer& out);

    std::string path_;
    uint64_t maxBytes_;
    int fd_ = -1;
    uint64_t size_ = 0;
};

/// @brief Reads a whole regular file. Throws FileError naming the file.
std::string readRegularFile(const std::string& path, uint64_t maxBytes = kNoSizeLimit);

/// @brief Reads a whole regular file into a reused buffer. Throws FileError naming the file.
void readRegularFile(const std::string& path, std::vector<uint8_t>& out,
                     uint64_t maxBytes = kNoSizeLimit);

/// @brief "a folder", "a FIFO (named pipe)", "a character device", ... for a stat mode that is
/// not a regular file.
const char* fileTypeName(mode_t mode);

}  // namespace taxa
