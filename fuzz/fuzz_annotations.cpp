// libFuzzer target: the annotation readers (train/val/test files and categories.json) on any
// bytes. Bad input must end in taxa::Error; anything else (a crash, a sanitizer report, another
// exception) is a finding.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dataset/AnnotationReader.h"
#include "util/Error.h"

using namespace taxa;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // The length picks the layout and split, so that one corpus covers all of them.
    const Layout layout = size % 3 == 0   ? Layout::Inat2017
                          : size % 3 == 1 ? Layout::Inat2018
                                          : Layout::Inat2021;
    const Split split = Split(size % kSplitCount);
    try {
        Dataset ds;
        ImageSink sink(ds);
        const AnnotationFile f = parseAnnotationText(text, "fuzz.json", layout, split, sink);
        // Every image's strings landed in the arena it points into.
        for (const ImageRecord& im : f.images)
            if (im.nameOffset + im.nameLength > ds.names.size()) __builtin_trap();
    } catch (const Error&) {
    }
    try {
        parseCategoriesText(text, "categories.json", layout);
    } catch (const Error&) {
    }
    return 0;
}
