#pragma once
/// @file CosineIndex.h
/// @brief Approximate nearest neighbours by cosine similarity among feature vectors, through
/// hnswlib's hierarchical navigable small-world graphs (Debian's libhnswlib-dev; Malkov and
/// Yashunin, 2018). Brute force over 437k x 437k vectors of 256 would take hours on two
/// cores; the graph answers each query in a fraction of a millisecond at a recall near 1.
/// Points are inserted one by one in row order, so the graph, and every answer, is the same
/// for the same seed.

#include <cstdint>
#include <memory>
#include <vector>

#include "eval/FeatureStore.h"
#include "eval/NearestNeighbours.h"
#include "util/Progress.h"

namespace taxa::embed {

/// @brief Rows @p rows of @p store as float vectors scaled to unit length (zero rows stay
/// zero), row after row.
std::vector<float> unitVectors(const FeatureStore& store, const std::vector<uint32_t>& rows);

/// @brief How thorough the graph is: more is slower and misses fewer true neighbours.
struct IndexEffort {
    size_t links = 16;             ///< M: links per node (hnswlib's default).
    size_t buildCandidates = 100;  ///< ef_construction.
    size_t searchCandidates = 64;  ///< ef while searching (at least the k asked for).
};

/// @brief A searchable graph over @p n unit vectors of @p dims floats.
class CosineIndex {
  public:
    /// Builds the graph. Reports "Indexing features" and throws Cancelled when @p progress
    /// asks to stop.
    CosineIndex(const float* vectors, size_t n, int dims, uint64_t seed,
                const ProgressFn& progress = {}, const IndexEffort& effort = {});
    ~CosineIndex();
    CosineIndex(const CosineIndex&) = delete;
    CosineIndex& operator=(const CosineIndex&) = delete;

    /// @brief The @p k indexed vectors most similar to @p query, best first; Neighbour::row is
    /// the vector's position in the index. Safe to call from several threads at once.
    std::vector<Neighbour> search(const float* query, size_t k) const;

    size_t size() const { return size_; }

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    size_t size_ = 0;
};

/// @brief Marks a missing neighbour (a set smaller than k + 1).
constexpr uint32_t kNoNeighbour = UINT32_MAX;

/// @brief The k nearest other points of every indexed point.
struct KnnGraph {
    size_t k = 0;
    std::vector<uint32_t> neighbours;  ///< n x k positions, nearest first; kNoNeighbour pads.
    std::vector<float> similarity;     ///< n x k cosine similarities.
    size_t count() const { return k ? neighbours.size() / k : 0; }
};

/// @brief Queries every one of the index's @p vectors (the same that built it) for its @p k
/// nearest others, on @p threads threads (0: the cores). Reports "Finding neighbours".
KnnGraph knnGraph(const CosineIndex& index, const float* vectors, int dims, size_t k, int threads,
                  const ProgressFn& progress = {});

}  // namespace taxa::embed
