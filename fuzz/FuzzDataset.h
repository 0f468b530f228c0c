#pragma once
// The dataset the predictions fuzzer checks rows against: the tests' fixture val split (image
// ids 10, 11, 12; category ids 0, 1, 7), read with the real reader.

#include "FixtureText.h"
#include "dataset/AnnotationReader.h"

namespace fuzz {

inline const taxa::Dataset& fixtureDataset() {
    static const taxa::Dataset ds = [] {
        taxa::Dataset d;
        taxa::ImageSink sink(d);
        taxa::AnnotationFile f = taxa::parseAnnotationText(
            fixtures::val2018(), "val2018.json", taxa::Layout::Inat2018, taxa::Split::Val, sink);
        d.categories = std::move(f.categories);
        d.indexCategories();
        d.images = std::move(f.images);
        return d;
    }();
    return ds;
}

}  // namespace fuzz
