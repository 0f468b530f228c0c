// libFuzzer target: the locations reader (inat20XX_locations/*.json) on any bytes.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dataset/AnnotationReader.h"
#include "util/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        for (const taxa::LocationRecord& r : taxa::parseLocationsText(text, "locations.json")) {
            // The reader's promises: ids not negative, coordinates on the globe or unknown.
            if (r.id < 0 || std::fabs(r.lat) > 90 || std::fabs(r.lon) > 180) __builtin_trap();
        }
    } catch (const taxa::Error&) {
    }
    return 0;
}
