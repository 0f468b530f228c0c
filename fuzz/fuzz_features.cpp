// libFuzzer target: the feature store reader (eval/FeatureStore.cpp) on any bytes. A store it
// accepts has one id and split per row and exactly rows x dims values, all from the bytes
// present; a declared count larger than the file is an error before any allocation.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "eval/FeatureStore.h"
#include "util/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const taxa::FeatureStore s = taxa::parseFeatureStore(bytes, "features.bin");
        if (s.splits.size() != s.count() || s.values.size() != s.count() * size_t(s.dims))
            __builtin_trap();
        if (s.dims < 1 || 2 * s.values.size() + 9 * s.count() > size) __builtin_trap();
        for (uint8_t split : s.splits)
            if (split >= taxa::kSplitCount) __builtin_trap();
    } catch (const taxa::Error&) {
    }
    return 0;
}
