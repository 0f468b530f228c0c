#include "data/Shard.h"

#include "util/Error.h"

namespace taxa {

std::vector<int64_t> shardOf(const std::vector<int64_t>& order, int rank, int world) {
    if (world < 1 || rank < 0 || rank >= world) throw Error("shard: rank outside the world");
    if (order.empty()) return {};
    const size_t w = static_cast<size_t>(world);
    const size_t padded = (order.size() + w - 1) / w * w;
    std::vector<int64_t> out;
    out.reserve(padded / w);
    for (size_t k = static_cast<size_t>(rank); k < padded; k += w)
        out.push_back(order[k % order.size()]);
    return out;
}

}  // namespace taxa
