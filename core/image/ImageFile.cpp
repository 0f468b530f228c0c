#include "image/ImageFile.h"

#include "image/ImageError.h"
#include "util/RegularFile.h"

namespace taxa {

namespace {

BadImageKind kindOf(FileProblem problem) {
    switch (problem) {
        case FileProblem::Missing:
        case FileProblem::Unreadable:  // as before: a file that cannot be opened is "missing"
            return BadImageKind::Missing;
        case FileProblem::NotRegular:
            return BadImageKind::NotAnImage;
        case FileProblem::TooLarge:
            return BadImageKind::TooLarge;
    }
    return BadImageKind::Missing;
}

}  // namespace

void readImageFile(const std::string& path, std::vector<uint8_t>& bytes, uint64_t maxBytes) {
    try {
        readRegularFile(path, bytes, maxBytes);
    } catch (const FileError& e) {
        throw ImageError(kindOf(e.problem()), e.what());
    }
}

}  // namespace taxa
