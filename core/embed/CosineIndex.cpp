#include "embed/CosineIndex.h"

// hnswlib.h defines functions outside any class: this is the only file that includes it.
// Debian 12's hnswlib 0.6.2 prefetches one entry past a link list while it searches
// (hnswalg.h:214, `*(datal + j + 1)`): within the malloc block's rounding on hardware, and only
// an address handed to a prefetch, but a heap-buffer-overflow read to AddressSanitizer. The
// sanitized builds use hnswlib's plain loops, which read no further than the list.
#if defined(__SANITIZE_ADDRESS__)
#define NO_MANUAL_VECTORIZATION
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NO_MANUAL_VECTORIZATION
#endif
#endif
#include <hnswlib/hnswlib.h>

#include <algorithm>
#include <cmath>

#include "embed/Parallel.h"

namespace taxa::embed {

namespace {

constexpr size_t kReportEvery = 4096;  // points between progress reports

}  // namespace

std::vector<float> unitVectors(const FeatureStore& store, const std::vector<uint32_t>& rows) {
    const size_t dims = size_t(store.dims);
    std::vector<float> out(rows.size() * dims);
    for (size_t i = 0; i < rows.size(); ++i) {
        float* v = out.data() + i * dims;
        halfToFloat(store.row(rows[i]), dims, v);
        double squares = 0;
        for (size_t d = 0; d < dims; ++d)
            squares += double(v[d]) * v[d];
        const float scale = squares > 0 ? float(1 / std::sqrt(squares)) : 0.0f;
        for (size_t d = 0; d < dims; ++d)
            v[d] *= scale;
    }
    return out;
}

struct CosineIndex::Impl {
    hnswlib::InnerProductSpace space;
    hnswlib::HierarchicalNSW<float> graph;
    Impl(size_t n, int dims, uint64_t seed, const IndexEffort& e)
        : space(size_t(dims)),
          graph(&space, std::max<size_t>(n, 1), e.links, e.buildCandidates, size_t(seed)) {}
};

CosineIndex::CosineIndex(const float* vectors, size_t n, int dims, uint64_t seed,
                         const ProgressFn& progress, const IndexEffort& effort)
    : impl_(std::make_unique<Impl>(n, dims, seed, effort)), size_(n) {
    // Fixed before any search: searches only read it (hnswlib widens it to k where k is larger).
    impl_->graph.setEf(effort.searchCandidates);
    for (size_t i = 0; i < n; ++i) {
        if (i % kReportEvery == 0)
            reportOrCancel(progress, "Indexing features", int64_t(i), int64_t(n));
        impl_->graph.addPoint(vectors + i * size_t(dims), hnswlib::labeltype(i));
    }
    reportOrCancel(progress, "Indexing features", int64_t(n), int64_t(n));
}

CosineIndex::~CosineIndex() = default;

std::vector<Neighbour> CosineIndex::search(const float* query, size_t k) const {
    k = std::min(k, size_);
    if (k == 0) return {};
    auto found = impl_->graph.searchKnn(query, k);
    std::vector<Neighbour> out(found.size());
    for (size_t i = out.size(); i-- > 0; found.pop())  // farthest on top
        out[i] = {uint32_t(found.top().second), 1.0f - found.top().first};
    return out;
}

KnnGraph knnGraph(const CosineIndex& index, const float* vectors, int dims, size_t k, int threads,
                  const ProgressFn& progress) {
    const size_t n = index.size();
    KnnGraph g;
    g.k = std::min(k, n ? n - 1 : 0);
    g.neighbours.assign(n * g.k, 0);
    g.similarity.assign(n * g.k, 0);
    if (g.k == 0) return g;
    // Progress from this thread between rounds of blocks, so a cancel is seen promptly.
    constexpr size_t kRound = 16384;
    for (size_t start = 0; start < n; start += kRound) {
        reportOrCancel(progress, "Finding neighbours", int64_t(start), int64_t(n));
        const size_t end = std::min(n, start + kRound);
        forBlocks(end - start, 256, threadCount(threads), [&](size_t, size_t b, size_t e) {
            for (size_t i = start + b; i < start + e; ++i) {
                // One more than k: the point itself is usually its own first hit.
                const auto hits = index.search(vectors + i * size_t(dims), g.k + 1);
                size_t kept = 0;
                for (const Neighbour& h : hits)
                    if (h.row != i && kept < g.k) {
                        g.neighbours[i * g.k + kept] = h.row;
                        g.similarity[i * g.k + kept] = h.similarity;
                        ++kept;
                    }
                for (; kept < g.k; ++kept)  // fewer hits than k (a tiny set)
                    g.neighbours[i * g.k + kept] = kNoNeighbour;
            }
        });
    }
    reportOrCancel(progress, "Finding neighbours", int64_t(n), int64_t(n));
    return g;
}

}  // namespace taxa::embed
