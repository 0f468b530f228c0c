#include "dataset/Dataset.h"

#include <algorithm>

#include "util/Error.h"

namespace taxa {

const char* splitName(Split s) {
    switch (s) {
        case Split::Train:
            return "train";
        case Split::Val:
            return "val";
        case Split::Test:
            return "test";
    }
    return "?";
}

void Dataset::setFileName(ImageRecord& im, std::string_view name) {
    if (names.size() + name.size() > UINT32_MAX || name.size() > UINT16_MAX)
        throw Error("too many or too long image file names");
    im.nameOffset = static_cast<uint32_t>(names.size());
    im.nameLength = static_cast<uint16_t>(name.size());
    names.append(name.data(), name.size());
}

std::vector<int64_t> Dataset::classCounts(Split s) const {
    std::vector<int64_t> counts(categories.size(), 0);
    for (const auto& im : images)
        if (im.split == s && im.label >= 0) ++counts[static_cast<size_t>(im.label)];
    return counts;
}

std::array<std::vector<int64_t>, kSplitCount> Dataset::classCountsBySplit() const {
    std::array<std::vector<int64_t>, kSplitCount> counts;
    for (auto& c : counts)
        c.assign(categories.size(), 0);
    for (const auto& im : images)
        if (im.label >= 0) ++counts[static_cast<size_t>(im.split)][static_cast<size_t>(im.label)];
    return counts;
}

int64_t Dataset::imageCount(Split s) const {
    return std::count_if(images.begin(), images.end(),
                         [s](const ImageRecord& im) { return im.split == s; });
}

void Dataset::indexCategories() {
    std::vector<int64_t> ids;
    ids.reserve(categories.size());
    for (const auto& c : categories)
        ids.push_back(c.id);
    classIndex_.build(ids);
}

int32_t Dataset::classOf(int64_t id) const {
    return classIndex_.find(id);
}

}  // namespace taxa
