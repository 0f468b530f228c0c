#include "image/ImageLibraries.h"

#include <cstdio>
#include <opencv2/core/version.hpp>
// clang-format off
#include <jpeglib.h>
// clang-format on
#include <spng.h>

namespace taxa {

namespace {
#define TAXA_STRINGIFY2(x) #x
#define TAXA_STRINGIFY(x) TAXA_STRINGIFY2(x)
}  // namespace

std::string imageLibraryVersions() {
    std::string s = "OpenCV " CV_VERSION;
#ifdef LIBJPEG_TURBO_VERSION
    s += ", libjpeg-turbo " TAXA_STRINGIFY(LIBJPEG_TURBO_VERSION);
#endif
    s += ", libspng " + std::to_string(SPNG_VERSION_MAJOR) + "." +
         std::to_string(SPNG_VERSION_MINOR) + "." + std::to_string(SPNG_VERSION_PATCH);
    return s;
}

}  // namespace taxa
