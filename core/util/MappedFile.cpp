#include "util/MappedFile.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include "util/Error.h"
#include "util/RegularFile.h"

namespace taxa {

MappedFile::MappedFile(const std::string& path, const std::string& label, size_t padding) {
    std::optional<RegularFile> file;
    try {
        file.emplace(path);
    } catch (const FileError& e) {
        throw FileError(e.problem(), label == path ? e.what() : label + ": " + e.what());
    }
    const int fd = file->fd();
    size_ = static_cast<size_t>(file->size());
    const auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    regionSize_ = (size_ + padding + page - 1) / page * page;
    if (regionSize_ == 0) regionSize_ = page;
    // Reserve zero pages for file + padding, then lay the file over the front of them.
    region_ = ::mmap(nullptr, regionSize_, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (region_ == MAP_FAILED) {
        region_ = nullptr;
        throw Error(label + ": cannot map " + path + ": " + std::strerror(errno));
    }
    if (size_ > 0) {
        void* p = ::mmap(region_, size_, PROT_READ, MAP_PRIVATE | MAP_FIXED | MAP_POPULATE, fd, 0);
        if (p == MAP_FAILED) {
            const std::string why = std::strerror(errno);
            ::munmap(region_, regionSize_);
            region_ = nullptr;
            throw Error(label + ": cannot map " + path + ": " + why);
        }
    }
    data_ = static_cast<char*>(region_);
    capacity_ = regionSize_;
}

void MappedFile::releaseBefore(const char* upTo) {
    if (upTo <= data_ || upTo > data_ + size_) return;
    const auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    const size_t end = static_cast<size_t>(upTo - data_) / page * page;
    if (end <= released_) return;
    // Advice only: if the kernel declines, the pages simply stay.
    ::madvise(data_ + released_, end - released_, MADV_DONTNEED);
    released_ = end;
}

MappedFile::~MappedFile() {
    if (region_) ::munmap(region_, regionSize_);
}

}  // namespace taxa
