#include "util/MappedFile.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/Error.h"

namespace taxa {

MappedFile::MappedFile(const std::string& path, const std::string& label, size_t padding) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(label + ": cannot open " + path + ": " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw Error(label + ": " + path + " is not a regular file");
    }
    size_ = static_cast<size_t>(st.st_size);
    const auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    regionSize_ = (size_ + padding + page - 1) / page * page;
    if (regionSize_ == 0) regionSize_ = page;
    // Reserve zero pages for file + padding, then lay the file over the front of them.
    region_ = ::mmap(nullptr, regionSize_, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (region_ == MAP_FAILED) {
        region_ = nullptr;
        ::close(fd);
        throw Error(label + ": cannot map " + path + ": " + std::strerror(errno));
    }
    if (size_ > 0) {
        void* p = ::mmap(region_, size_, PROT_READ, MAP_PRIVATE | MAP_FIXED | MAP_POPULATE, fd, 0);
        if (p == MAP_FAILED) {
            const std::string why = std::strerror(errno);
            ::munmap(region_, regionSize_);
            region_ = nullptr;
            ::close(fd);
            throw Error(label + ": cannot map " + path + ": " + why);
        }
    }
    ::close(fd);
    data_ = static_cast<char*>(region_);
    capacity_ = regionSize_;
}

MappedFile::~MappedFile() {
    if (region_) ::munmap(region_, regionSize_);
}

}  // namespace taxa
