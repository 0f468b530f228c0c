#include "embed/FeatureMap.h"

#include <algorithm>
#include <cstring>

#include "embed/CosineIndex.h"
#include "embed/FuzzyGraph.h"
#include "embed/PcaStart.h"
#include "util/AtomicFile.h"
#include "util/BinaryIo.h"
#include "util/Error.h"
#include "util/RegularFile.h"

namespace taxa::embed {

namespace {

constexpr char kMagic[8] = {'T', 'A', 'X', 'A', 'M', 'A', 'P', '1'};
constexpr uint32_t kVersion = 1;

std::vector<uint32_t> chosenRows(const FeatureStore& store, const std::vector<Split>& splits) {
    std::vector<uint32_t> rows;
    for (uint32_t r = 0; r < store.count(); ++r)
        if (std::find(splits.begin(), splits.end(), Split(store.splits[r])) != splits.end())
            rows.push_back(r);
    return rows;
}

template <class T>
void take(const std::vector<uint8_t>& bytes, size_t& at, T* out, size_t n,
          const std::string& path) {
    takeRaw(bytes, at, out, n, path, "feature map");
}

}  // namespace

FeatureMap mapFeatures(const FeatureStore& store, const FeatureMapOptions& o,
                       const ProgressFn& progress) {
    const std::vector<uint32_t> rows = chosenRows(store, o.splits);
    if (rows.size() < 3)
        throw Error("feature map: " + std::to_string(rows.size()) +
                    " images in the chosen splits (at least 3 needed)");
    std::vector<float> vectors = unitVectors(store, rows);
    KnnGraph knn;
    {
        const CosineIndex index(vectors.data(), rows.size(), store.dims, o.seed, progress, o.index);
        // k counts the point itself, as umap-learn's n_neighbors does.
        knn = knnGraph(index, vectors.data(), store.dims, o.neighbours - 1, o.threads, progress);
    }
    reportOrCancel(progress, "Fuzzy graph", 0, 1);
    const FuzzyGraph graph = fuzzyGraph(knn);
    knn = {};
    FeatureMap map;
    map.neighbours = uint32_t(o.neighbours);
    map.seed = o.seed;
    map.xy = pcaStart(vectors.data(), rows.size(), store.dims, o.seed);
    vectors = {};
    SgdOptions sgd = o.layout;
    sgd.seed = o.seed;
    sgd.threads = o.threads;
    sgdLayout(graph, map.xy, sgd, progress);
    for (uint32_t r : rows) {
        map.imageIds.push_back(store.imageIds[r]);
        map.splits.push_back(store.splits[r]);
    }
    return map;
}

std::string mapPathFor(const std::string& featuresPath) {
    const std::string ext = ".bin";
    const bool hasExt =
        featuresPath.size() > ext.size() &&
        featuresPath.compare(featuresPath.size() - ext.size(), ext.size(), ext) == 0;
    return (hasExt ? featuresPath.substr(0, featuresPath.size() - ext.size()) : featuresPath) +
           ".map.bin";
}

void writeFeatureMap(const FeatureMap& m, const std::string& path) {
    std::string out(kMagic, sizeof(kMagic));
    const uint32_t head[2] = {kVersion, m.neighbours};
    appendRaw(out, head, 2);
    appendRaw(out, &m.seed, 1);
    const uint64_t count = m.count();
    appendRaw(out, &count, 1);
    appendRaw(out, m.imageIds.data(), m.imageIds.size());
    appendRaw(out, m.splits.data(), m.splits.size());
    appendRaw(out, m.xy.data(), m.xy.size());
    writeFileAtomic(path, out);
}

FeatureMap readFeatureMap(const std::string& path) {
    std::vector<uint8_t> bytes;
    size_t at = readWithMagic(path, kMagic, bytes, "feature map", "taxa-cli map-features");
    uint32_t head[2] = {};
    FeatureMap m;
    uint64_t count = 0;
    take(bytes, at, head, 2, path);
    take(bytes, at, &m.seed, 1, path);
    take(bytes, at, &count, 1, path);
    if (head[0] != kVersion)
        throw Error(path + ": feature map version " + std::to_string(head[0]) +
                    " (this program reads " + std::to_string(kVersion) + ")");
    constexpr uint64_t kRowBytes = 8 + 1 + 2 * 4;
    if (count * kRowBytes != bytes.size() - at || count > bytes.size())
        throw Error(path + ": " + std::to_string(bytes.size()) + " bytes do not hold " +
                    std::to_string(count) + " mapped images");
    m.neighbours = head[1];
    m.imageIds.resize(count);
    m.splits.resize(count);
    m.xy.resize(2 * count);
    take(bytes, at, m.imageIds.data(), m.imageIds.size(), path);
    take(bytes, at, m.splits.data(), m.splits.size(), path);
    take(bytes, at, m.xy.data(), m.xy.size(), path);
    return m;
}

}  // namespace taxa::embed
