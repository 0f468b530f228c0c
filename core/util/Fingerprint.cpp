#include "util/Fingerprint.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <vector>

#include "util/MappedFile.h"

namespace taxa {

uint64_t archiveFingerprint(const std::string& path) {
    constexpr size_t kTail = 256 * 1024;
    const MappedFile file(path, path, 0);  // names a missing or unreadable file in one line
    const size_t n = std::min(kTail, file.size());
    const uint64_t size = file.size();
    uint64_t h = XXH3_64bits_withSeed(file.data() + file.size() - n, n, size);
    return h == 0 ? 1 : h;
}

}  // namespace taxa
