#include "eval/LookAlikes.h"

namespace taxa {

LookAlikeIndex::LookAlikeIndex(FeatureStore store, const Dataset& ds)
    : store_(std::move(store)), trainRowsOfClass_(ds.categories.size()) {
    // Image ids may repeat across splits: (id, split) names one image.
    std::unordered_map<int64_t, int32_t> imageOfKey;
    imageOfKey.reserve(ds.images.size());
    const auto key = [](int64_t id, uint8_t split) { return id * kSplitCount + split; };
    for (size_t i = 0; i < ds.images.size(); ++i)
        imageOfKey[key(ds.images[i].id, uint8_t(ds.images[i].split))] = static_cast<int32_t>(i);
    imageOfRow_.assign(store_.count(), -1);
    for (size_t r = 0; r < store_.count(); ++r) {
        const auto it = imageOfKey.find(key(store_.imageIds[r], store_.splits[r]));
        if (it == imageOfKey.end()) continue;
        const int32_t image = it->second;
        imageOfRow_[r] = image;
        rowOfImage_[image] = static_cast<uint32_t>(r);
        const ImageRecord& im = ds.images[size_t(image)];
        if (im.split != Split::Train || im.label < 0) continue;
        trainRows_.push_back(static_cast<uint32_t>(r));
        trainRowsOfClass_[size_t(im.label)].push_back(static_cast<uint32_t>(r));
    }
}

std::vector<LookAlike> LookAlikeIndex::nearestTraining(int32_t image, int32_t classIndex,
                                                       size_t k) const {
    const auto it = rowOfImage_.find(image);
    if (it == rowOfImage_.end()) return {};
    if (classIndex >= static_cast<int32_t>(trainRowsOfClass_.size())) return {};
    const std::vector<float> query = featureRow(store_, it->second);
    const auto& rows = classIndex < 0 ? trainRows_ : trainRowsOfClass_[size_t(classIndex)];
    std::vector<LookAlike> out;
    for (const Neighbour& n : nearest(store_, query.data(), k, &rows))
        out.push_back({imageOfRow_[n.row], n.similarity});
    return out;
}

}  // namespace taxa
