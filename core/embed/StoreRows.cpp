#include "embed/StoreRows.h"

#include <array>
#include <unordered_map>

#include "util/Error.h"

namespace taxa::embed {

std::vector<int32_t> storeImages(const FeatureStore& store, const Dataset& ds,
                                 const std::string& path) {
    // Ids are unique within a split (not always across: some releases reuse them).
    std::array<std::unordered_map<int64_t, int32_t>, kSplitCount> byId;
    for (size_t i = 0; i < ds.images.size(); ++i)
        byId[size_t(ds.images[i].split)].emplace(ds.images[i].id, int32_t(i));
    std::vector<int32_t> out(store.count());
    for (size_t r = 0; r < store.count(); ++r) {
        const auto& ids = byId[store.splits[r]];
        const auto it = ids.find(store.imageIds[r]);
        if (it == ids.end())
            throw Error(path + ": " + splitName(Split(store.splits[r])) + " image " +
                        std::to_string(store.imageIds[r]) +
                        " is not in this dataset (features of another dataset?)");
        out[r] = it->second;
    }
    return out;
}

}  // namespace taxa::embed
