// libFuzzer target: JPEG decoding through core/image (libjpeg-turbo with DCT scaling, crop and
// skipped rows). Inputs that do not start like a JPEG are left to the other image targets.

#include "FuzzImage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 3 || data[0] != 0xFF || data[1] != 0xD8 || data[2] != 0xFF) return 0;
    fuzz::decodeAllWays(data, size);
    return 0;
}
