#pragma once
/// @file Buckets.h
/// @brief Training-count buckets, shared by dataset statistics and error analysis.

#include <algorithm>
#include <cstdint>
#include <vector>

namespace taxa {

/// @brief Default bucket edges: buckets are [2,5), [5,10), ..., [500,1001), covering the 2018
/// bounds of 2..1000 train images per species.
inline std::vector<int64_t> defaultBucketEdges() {
    return {2, 5, 10, 20, 50, 100, 200, 500, 1001};
}

/// @brief Index of the bucket [edges[i], edges[i+1]) holding @p count, or -1 if none does.
inline int bucketOf(int64_t count, const std::vector<int64_t>& edges) {
    if (edges.size() < 2 || count < edges.front() || count >= edges.back()) return -1;
    const auto it = std::upper_bound(edges.begin(), edges.end(), count);
    return static_cast<int>(it - edges.begin()) - 1;
}

}  // namespace taxa
