#include "embed/NearDuplicates.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <tuple>

#include "dataset/Dataset.h"
#include "embed/CosineIndex.h"
#include "embed/Parallel.h"

namespace taxa::embed {

namespace {

// The split with most rows: its images are only found, never looked up, which saves the
// queries for the 437k train images and finds every pair all the same (a pair spans two
// splits, so one of its images lies outside the largest).
uint8_t largestSplit(const FeatureStore& store) {
    std::array<size_t, kSplitCount> counts{};
    for (uint8_t s : store.splits)
        ++counts[s];
    return uint8_t(std::max_element(counts.begin(), counts.end()) - counts.begin());
}

std::vector<NearDuplicate> pairsOf(const FeatureStore& store, const CosineIndex& index,
                                   const std::vector<float>& vectors, const NearDuplicateOptions& o,
                                   const ProgressFn& progress) {
    const uint8_t skip = largestSplit(store);
    std::vector<uint32_t> queries;
    for (uint32_t r = 0; r < store.count(); ++r)
        if (store.splits[r] != skip) queries.push_back(r);
    std::vector<std::vector<NearDuplicate>> found(queries.size());
    constexpr size_t kRound = 8192;
    for (size_t start = 0; start < queries.size(); start += kRound) {
        reportOrCancel(progress, "Looking for near-duplicates", int64_t(start),
                       int64_t(queries.size()));
        const size_t n = std::min(kRound, queries.size() - start);
        forBlocks(n, 64, threadCount(o.threads), [&](size_t, size_t b, size_t e) {
            for (size_t q = start + b; q < start + e; ++q) {
                const uint32_t r = queries[q];
                for (const Neighbour& h : index.search(
                         vectors.data() + size_t(r) * size_t(store.dims), o.candidates + 1))
                    if (store.splits[h.row] != store.splits[r] && h.similarity >= o.threshold) {
                        const bool first = store.splits[h.row] < store.splits[r];
                        found[q].push_back({first ? h.row : r, first ? r : h.row, h.similarity});
                    }
            }
        });
    }
    std::vector<NearDuplicate> out;
    for (auto& f : found)
        out.insert(out.end(), f.begin(), f.end());
    return out;
}

}  // namespace

std::vector<NearDuplicate> nearDuplicates(const FeatureStore& store, const NearDuplicateOptions& o,
                                          const ProgressFn& progress) {
    std::vector<uint32_t> all(store.count());
    std::iota(all.begin(), all.end(), 0u);
    const std::vector<float> vectors = unitVectors(store, all);
    const CosineIndex index(vectors.data(), store.count(), store.dims, o.seed, progress);
    std::vector<NearDuplicate> out = pairsOf(store, index, vectors, o, progress);
    // Val-test pairs are found from both sides: keep each once.
    std::sort(out.begin(), out.end(), [](const NearDuplicate& x, const NearDuplicate& y) {
        return std::tie(x.rowA, x.rowB) < std::tie(y.rowA, y.rowB);
    });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const NearDuplicate& x, const NearDuplicate& y) {
                              return x.rowA == y.rowA && x.rowB == y.rowB;
                          }),
              out.end());
    std::stable_sort(out.begin(), out.end(), [](const NearDuplicate& x, const NearDuplicate& y) {
        return x.similarity > y.similarity;
    });
    return out;
}

}  // namespace taxa::embed
