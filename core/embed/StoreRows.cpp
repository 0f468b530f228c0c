#include "embed/StoreRows.h"

#include <array>
#include <unordered_map>

#include "util/Error.h"

namespace taxa::embed {

std::vector<int32_t> storeImages(const FeatureStore& store, const Dataset& ds,
                                 const std::string& path) {
    return rowImages(store.imageIds, store.splits, ds, path);
}

std::vector<int32_t> rowImages(const std::vector<int64_t>& ids, const std::vector<uint8_t>& splits,
                               const Dataset& ds, const std::string& path) {
    // Ids are unique within a split (not always across: some releases reuse them).
    std::array<std::unordered_map<int64_t, int32_t>, kSplitCount> byId;
    for (size_t i = 0; i < ds.images.size(); ++i)
        byId[size_t(ds.images[i].split)].emplace(ds.images[i].id, int32_t(i));
    std::vector<int32_t> out(ids.size());
    for (size_t r = 0; r < ids.size(); ++r) {
        if (splits[r] >= kSplitCount)
            throw Error(path + ": row " + std::to_string(r) + " has no split");
        const auto& known = byId[splits[r]];
        const auto it = known.find(ids[r]);
        if (it == known.end())
            throw Error(path + ": " + splitName(Split(splits[r])) + " image " +
                        std::to_string(ids[r]) +
                        " is not in this dataset (features of another dataset?)");
        out[r] = it->second;
    }
    return out;
}

}  // namespace taxa::embed
