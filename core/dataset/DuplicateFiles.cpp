#include "dataset/DuplicateFiles.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <map>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "util/SafePath.h"

namespace taxa {

namespace {

constexpr int64_t kMissing = -1;

int64_t fileSize(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? int64_t(st.st_size) : kMissing;
}

// The file's XXH3-128, or false if it cannot be read.
bool hashFile(const std::string& path, XXH128_hash_t& out) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    XXH3_state_t state;
    XXH3_128bits_reset(&state);
    static thread_local std::vector<char> buf(1 << 20);
    ssize_t n;
    while ((n = ::read(fd, buf.data(), buf.size())) > 0)
        XXH3_128bits_update(&state, buf.data(), size_t(n));
    ::close(fd);
    if (n < 0) return false;
    out = XXH3_128bits_digest(&state);
    return true;
}

bool spansSplits(const Dataset& ds, const std::vector<int32_t>& group) {
    for (int32_t i : group)
        if (ds.images[size_t(i)].split != ds.images[size_t(group.front())].split) return true;
    return false;
}

std::string pathOf(const Dataset& ds, int32_t i) {
    return joinInside(ds.root, ds.fileName(ds.images[size_t(i)]));
}

}  // namespace

std::vector<std::vector<int32_t>> crossSplitDuplicates(const Dataset& ds,
                                                       const ProgressFn& progress) {
    const auto n = static_cast<int64_t>(ds.images.size());
    std::vector<std::pair<int64_t, int32_t>> bySize;
    bySize.reserve(ds.images.size());
    for (int64_t i = 0; i < n; ++i) {
        if (i % 4096 == 0) reportOrCancel(progress, "Comparing file sizes", i, n);
        const int64_t size = fileSize(pathOf(ds, int32_t(i)));
        if (size != kMissing) bySize.emplace_back(size, int32_t(i));
    }
    std::sort(bySize.begin(), bySize.end());

    std::vector<std::vector<int32_t>> out;
    int64_t hashed = 0;
    for (size_t a = 0; a < bySize.size();) {
        size_t b = a;
        std::vector<int32_t> sameSize;
        while (b < bySize.size() && bySize[b].first == bySize[a].first)
            sameSize.push_back(bySize[b++].second);
        a = b;
        if (sameSize.size() < 2 || !spansSplits(ds, sameSize)) continue;
        std::map<std::pair<uint64_t, uint64_t>, std::vector<int32_t>> byHash;
        for (int32_t i : sameSize) {
            if (++hashed % 256 == 0)
                reportOrCancel(progress, "Hashing files of equal size", hashed, 0);
            XXH128_hash_t h;
            if (hashFile(pathOf(ds, i), h)) byHash[{h.high64, h.low64}].push_back(i);
        }
        for (auto& [hash, group] : byHash)
            if (group.size() > 1 && spansSplits(ds, group)) out.push_back(std::move(group));
    }
    for (auto& g : out)
        std::sort(g.begin(), g.end());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace taxa
