#include "train/DataSplits.h"

#include "util/SafePath.h"

namespace taxa {

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
