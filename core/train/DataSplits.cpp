#include "train/DataSplits.h"

#include "util/Rng.h"
#include "util/SafePath.h"

namespace taxa {

bool inMinival(int64_t imageId) {
    uint64_t x = static_cast<uint64_t>(imageId) ^ 0x6D696E6976616Cull;  // "minival"
    return Rng::splitmix(x) % 10 == 0;
}

RunData runData(const Dataset& ds) {
    RunData d;
    for (const auto& im : ds.images) {
        if (im.label < 0) continue;
        LoaderItem item{joinInside(ds.root, ds.fileName(im)), im.label, im.id};
        if (im.split == Split::Train) {
            d.train.push_back(item);
        } else if (im.split == Split::Val) {
            d.val.push_back(item);
            (inMinival(im.id) ? d.minival : d.valFit).push_back(std::move(item));
        }
    }
    return d;
}

}  // namespace taxa
