#pragma once
/// @file FeatureMap.h
/// @brief A 2-D map of stored features, UMAP-style (McInnes, Healy and Melville, 2018): the
/// k-nearest-neighbour graph by cosine (CosineIndex), its fuzzy simplicial set (FuzzyGraph),
/// a PCA start (PcaStart) and SGD with negative sampling (SgdLayout). The same store, options
/// and seed give the same map on any number of threads.
///
/// File (little-endian): "TAXAMAP1", uint32 version (1), uint32 neighbours, uint64 seed,
/// uint64 count, int64 image ids[count], uint8 splits[count], then count x (x, y) float32.

#include <cstdint>
#include <string>
#include <vector>

#include "dataset/Dataset.h"
#include "embed/CosineIndex.h"
#include "embed/SgdLayout.h"
#include "eval/FeatureStore.h"
#include "util/Progress.h"

namespace taxa::embed {

/// @brief The search effort of the map's neighbour graph (M 12, ef_construction 24, ef 16):
/// lower than the near-duplicate search's, as UMAP's layout barely changes when a few of the k
/// neighbours are near misses, and the graph (built on one thread, to stay deterministic) is
/// half of the map's time. On the 50k benchmark set it was faster at the same or a slightly
/// higher trustworthiness than M 16 / 48 / 24 (0.732 against 0.723; docs/BENCHMARKS.md).
inline IndexEffort mapIndexEffort() {
    return IndexEffort{12, 24, 16};
}

struct FeatureMapOptions {
    std::vector<Split> splits{Split::Train, Split::Val};  ///< Rows of these splits are mapped.
    size_t neighbours = 15;  ///< k of the graph, the point itself included (umap-learn's 15).
    IndexEffort index = mapIndexEffort();
    SgdOptions layout;  ///< Its seed and threads are replaced by the two below.
    uint64_t seed = 0;  ///< Of the graph, the start's noise and the layout's sampling.
    int threads = 0;    ///< 0: the cores.
};

/// @brief Positions of the mapped images.
struct FeatureMap {
    uint32_t neighbours = 0;
    uint64_t seed = 0;
    std::vector<int64_t> imageIds;
    std::vector<uint8_t> splits;
    std::vector<float> xy;  ///< count() x 2.
    size_t count() const { return imageIds.size(); }
};

/// @brief Maps the rows of @p store in the chosen splits. Throws taxa::Error when fewer than
/// three rows are chosen, Cancelled when @p progress asks to stop.
FeatureMap mapFeatures(const FeatureStore& store, const FeatureMapOptions& options,
                       const ProgressFn& progress = {});

/// @brief Where a map of the features in @p featuresPath goes: features.bin -> features.map.bin.
std::string mapPathFor(const std::string& featuresPath);

void writeFeatureMap(const FeatureMap& map, const std::string& path);
/// @brief Throws taxa::Error with one line naming @p path for a missing, truncated or foreign
/// file.
FeatureMap readFeatureMap(const std::string& path);

}  // namespace taxa::embed
