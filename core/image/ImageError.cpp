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

}  // namespace taxa
