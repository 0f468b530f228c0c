#include "image/ImageError.h"

namespace taxa {

const char* badImageKindName(BadImageKind kind) {
    switch (kind) {
        case BadImageKind::Missing:
            return "missing";
        case BadImageKind::Empty:
            return "empty";
        case BadImageKind::Truncated:
            return "truncated";
        case BadImageKind::NotAnImage:
            return "not an image";
        case BadImageKind::TooLarge:
            return "too large";
        case BadImageKind::Corrupt:
            return "corrupt";
    }
    return "?";
}

void checkImageSize(int64_t w, int64_t h, int64_t maxPixels) {
    if (w <= 0 || h <= 0) throw ImageError(BadImageKind::Corrupt, "image has no pixels");
    // w * h overflows for the 32-bit sides a PNG header can claim; the division cannot.
    if (w > maxPixels / h)
        throw ImageError(BadImageKind::TooLarge,
                         "image of " + std::to_string(w) + " x " + std::to_string(h) +
                             " pixels exceeds the limit of " + std::to_string(maxPixels));
}

}  // namespace taxa
