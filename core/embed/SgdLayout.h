#pragma once
/// @file SgdLayout.h
/// @brief UMAP's layout step (umap-learn's optimize_layout_euclidean): stochastic gradient
/// descent on the fuzzy cross-entropy between the graph and the 2-D positions, each edge
/// sampled in proportion to its weight, with negative sampling, a learning rate falling
/// linearly to 0, and gradients clipped at 4.
///
/// Unlike umap-learn's parallel mode (lock-free updates racing between threads), an epoch here
/// moves each point only by its own edges, against the other points' positions at the start
/// of the epoch; the points are split into fixed blocks, each with its own random stream
/// from (seed, epoch, block). So the layout is the same for a seed on any number of threads.
/// Within a sample, the pull along the edge and the push from its negative samples are all
/// computed against the point's position before the sample, eight at a time (their x^b by
/// FastPow.h in one vector call): about twice as fast as one after another with std::pow, at the
/// same trustworthiness (docs/BENCHMARKS.md).

#include <cstdint>
#include <vector>

#include "embed/FuzzyGraph.h"
#include "util/Progress.h"

namespace taxa::embed {

struct SgdOptions {
    int epochs = 0;  ///< 0: 500 up to 10,000 points, 200 above (umap-learn's rule).
    double minDist = 0.1;
    double spread = 1.0;
    int negativeRate = 5;  ///< Negative samples per positive one.
    double learningRate = 1.0;
    uint64_t seed = 0;
    int threads = 0;  ///< 0: the cores.
};

/// @brief a and b of the low-dimensional similarity 1 / (1 + a d^(2b)) fitted to @p minDist
/// and @p spread (umap-learn's find_ab_params, by least squares).
void curveParameters(double minDist, double spread, double& a, double& b);

/// @brief Moves @p positions (graph.points x 2, the start) to the layout. Reports "Laying out"
/// per epoch and throws Cancelled when @p progress asks to stop.
void sgdLayout(const FuzzyGraph& graph, std::vector<float>& positions, const SgdOptions& options,
               const ProgressFn& progress = {});

}  // namespace taxa::embed
