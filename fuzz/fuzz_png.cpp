// libFuzzer target: PNG decoding through core/image. Inputs that do not start with the PNG
// signature are left to the other image targets.

#include <algorithm>

#include "FuzzImage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (size < 8 || !std::equal(kSignature, kSignature + 8, data)) return 0;
    fuzz::decodeAllWays(data, size);
    return 0;
}
