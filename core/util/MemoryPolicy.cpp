#include "util/MemoryPolicy.h"

#include <limits>
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace taxa {

namespace {

std::mutex mutex;
int guards = 0;  // training and prediction may run at once in the app

// glibc's documented defaults (mallopt(3)).
constexpr int kDefaultMmapMax = 65536;
constexpr int kDefaultTrimThreshold = 128 * 1024;

}  // namespace

ReuseFreedMemory::ReuseFreedMemory() {
    std::lock_guard<std::mutex> lock(mutex);
    if (guards++ > 0) return;
#if defined(__GLIBC__)
    // No mappings for large blocks: they come from the heap, where a freed block can serve the
    // next step. And no trimming of the heap's top, which would unmap what the next step needs.
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
#endif
}

ReuseFreedMemory::~ReuseFreedMemory() {
    std::lock_guard<std::mutex> lock(mutex);
    if (--guards > 0) return;
#if defined(__GLIBC__)
    mallopt(M_MMAP_MAX, kDefaultMmapMax);
    mallopt(M_TRIM_THRESHOLD, kDefaultTrimThreshold);
    malloc_trim(0);  // hand what the run kept back to the system
#endif
}

bool ReuseFreedMemory::active() {
    std::lock_guard<std::mutex> lock(mutex);
    return guards > 0;
}

}  // namespace taxa
