// libFuzzer target: the GEO prior reader (geo/GeoFile.cpp) on any bytes. Its header declares
// tensor shapes; whatever it accepts must have been backed by the bytes present, with every
// float finite (issue 23: a 1.3 KB header once allocated 1 GB, NaN weights scored 100%).

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "geo/GeoFile.h"
#include "util/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const taxa::geo::GeoFile f = taxa::geo::parseGeoFile(bytes, "fuzz.geo");
        size_t values = 0;
        for (const auto& t : f.tensors) {
            const size_t n = static_cast<size_t>(t.elements());
            if ((t.integer ? t.i.size() : t.f.size()) != n) __builtin_trap();
            for (float x : t.f)
                if (!std::isfinite(x)) __builtin_trap();
            values += n;
        }
        if (4 * values > size) __builtin_trap();  // nothing beyond the bytes present
    } catch (const taxa::Error&) {
    }
    return 0;
}
