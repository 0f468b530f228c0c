#pragma once
/// @file FuzzyGraph.h
/// @brief UMAP's fuzzy simplicial set of a k-nearest-neighbour graph (McInnes, Healy and
/// Melville, 2018, section 3.1; umap-learn's fuzzy_simplicial_set): each point's distances to
/// its neighbours (1 - cosine) are shifted by the nearest one (rho) and scaled (sigma) so that
/// the membership strengths sum to log2(k + 1) (k others and the point itself, as
/// umap-learn counts its n_neighbors); the directed graph A is then symmetrised as
/// A + A^T - A o A^T (the fuzzy union).

#include <cstdint>
#include <vector>

#include "embed/CosineIndex.h"

namespace taxa::embed {

/// @brief An undirected weighted graph as a list of edges, each stored in both directions,
/// sorted by head.
struct FuzzyGraph {
    size_t points = 0;
    std::vector<uint32_t> head, tail;
    std::vector<float> weight;  ///< Membership strength in (0, 1].
};

/// @brief The fuzzy union of @p knn's memberships.
FuzzyGraph fuzzyGraph(const KnnGraph& knn);

}  // namespace taxa::embed
