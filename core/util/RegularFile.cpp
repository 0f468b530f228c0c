#include "util/RegularFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace taxa {

namespace {

[[noreturn]] void failOpen(const std::string& path, int err) {
    if (err == ENOENT || err == ENOTDIR)
        throw FileError(FileProblem::Missing, path + ": no such file");
    throw FileError(FileProblem::Unreadable, path + ": cannot open: " + std::strerror(err));
}

void refuseIrregular(const std::string& path, mode_t mode) {
    if (S_ISREG(mode)) return;
    std::string what = path + ": is " + fileTypeName(mode) + ", not a regular file";
    throw FileError(FileProblem::NotRegular, what);
}

void refuseLarger(const std::string& path, uint64_t size, uint64_t maxBytes) {
    if (size <= maxBytes) return;
    throw FileError(FileProblem::TooLarge,
                    path + ": larger than the limit of " + std::to_string(maxBytes) + " bytes");
}

}  // namespace

const char* fileTypeName(mode_t mode) {
    if (S_ISREG(mode)) return "a regular file";
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a file";
}

RegularFile::RegularFile(const std::string& path, uint64_t maxBytes)
    : path_(path), maxBytes_(maxBytes) {
    // Checking before opening keeps open() away from devices (opening some has effects).
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) failOpen(path, errno);
    refuseIrregular(path, st.st_mode);
    refuseLarger(path, static_cast<uint64_t>(st.st_size), maxBytes);
    // O_NONBLOCK: if a FIFO replaced the file since stat(), open() returns at once instead of
    // waiting for a writer, and the fstat() below refuses it.
    fd_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd_ < 0) failOpen(path, errno);
    try {
        if (::fstat(fd_, &st) != 0)
            throw FileError(FileProblem::Unreadable,
                            path + ": cannot stat: " + std::strerror(errno));
        refuseIrregular(path, st.st_mode);
        size_ = static_cast<uint64_t>(st.st_size);
        refuseLarger(path, size_, maxBytes);
    } catch (...) {
        ::close(fd_);
        throw;
    }
    // A regular file never blocks, but some network file systems honour the flag: drop it.
    const int flags = ::fcntl(fd_, F_GETFL);
    if (flags >= 0) ::fcntl(fd_, F_SETFL, flags & ~O_NONBLOCK);
}

RegularFile::~RegularFile() {
    if (fd_ >= 0) ::close(fd_);
}

template <class Buffer>
void RegularFile::readInto(Buffer& out) {
    // One byte past the limit is enough to tell that the file is too large.
    const uint64_t cap = maxBytes_ == kNoSizeLimit ? maxBytes_ : maxBytes_ + 1;
    // The size from fstat() is a hint: the file may grow, and /proc files report 0.
    out.resize(static_cast<size_t>(std::min<uint64_t>(size_ + 1, cap)));
    size_t have = 0;
    for (;;) {
        if (have == out.size()) {
            if (have >= cap) break;
            out.resize(
                static_cast<size_t>(std::min<uint64_t>(std::max<size_t>(have * 2, 65536), cap)));
        }
        const ssize_t n = ::read(fd_, reinterpret_cast<char*>(&out[0]) + have, out.size() - have);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            throw FileError(FileProblem::Unreadable,
                            path_ + ": read failed: " + std::strerror(errno));
        if (n == 0) break;
        have += static_cast<size_t>(n);
    }
    out.resize(have);
    refuseLarger(path_, have, maxBytes_);
}

void RegularFile::readAll(std::vector<uint8_t>& out) {
    readInto(out);
}

void RegularFile::readAll(std::string& out) {
    readInto(out);
}

std::string readRegularFile(const std::string& path, uint64_t maxBytes) {
    std::string out;
    RegularFile(path, maxBytes).readAll(out);
    return out;
}

void readRegularFile(const std::string& path, std::vector<uint8_t>& out, uint64_t maxBytes) {
    RegularFile(path, maxBytes).readAll(out);
}

}  // namespace taxa
