#pragma once
/// @file Sampler.h
/// @brief Which training image comes next: instance sampling (a shuffled pass over all images),
/// class-balanced, square-root, or any power q of the class count. Deterministic for a seed
/// and resumable from a saved state.
///
/// Epoch length: every kind draws N items per epoch by default, N being the number of
/// training images, so that an epoch costs the same whatever the sampler. An instance epoch
/// visits every image exactly once; a class-based epoch picks class j with probability
/// n_j^q / sum_k n_k^q and cycles through that class's images in a fresh shuffled order each
/// round, so rare-class images repeat while common-class images may wait for a later epoch.

#include <cstdint>
#include <string>
#include <vector>

#include "util/Rng.h"

namespace taxa {

/// @brief Sampling schemes; q = 1 instance, q = 0 class-balanced, q = 1/2 square-root.
enum class SamplerKind { Instance, ClassBalanced, SquareRoot, Power };

/// @brief Parses "instance", "class-balanced", "sqrt"/"square-root", "power"; throws taxa::Error.
SamplerKind parseSamplerKind(const std::string& name);
/// @brief Canonical name of a kind.
const char* samplerKindName(SamplerKind kind);

/// @brief How to sample.
struct SamplerConfig {
    SamplerKind kind = SamplerKind::Instance;
    double q = 1.0;  ///< Exponent for Power (ignored by the other kinds).
    uint64_t seed = 0;
    int64_t epochLength = 0;  ///< Draws per epoch; 0 = number of items.
};

class Sampler {
  public:
    /// @brief @p labels gives the class (0..classCount-1) of each item; items are drawn by
    /// their position in it. Throws taxa::Error for empty input or a label out of range.
    Sampler(std::vector<int32_t> labels, int32_t classCount, SamplerConfig config);

    /// @brief The next item; advances to the next epoch after epochLength() draws.
    int64_t next();
    int64_t epochLength() const { return epochLength_; }
    int64_t epoch() const { return epoch_; }
    int64_t position() const { return position_; }
    /// @brief Probability of drawing an item of class @p c on any one draw.
    double classProbability(int32_t c) const;

    /// @brief Everything needed to continue exactly here, as JSON.
    std::string saveState() const;
    /// @brief Continues from saveState(); throws taxa::Error if the state belongs to another
    /// configuration or dataset.
    void restoreState(const std::string& json);

  private:
    void startEpoch();
    const std::vector<int64_t>& classOrder(int32_t c);
    int32_t drawClass();

    std::vector<int32_t> labels_;
    int32_t classCount_;
    SamplerConfig config_;
    int64_t epochLength_ = 0;
    int64_t epoch_ = 0;
    int64_t position_ = 0;
    Rng rng_;
    std::vector<int64_t> permutation_;           // instance: this epoch's order
    std::vector<std::vector<int64_t>> byClass_;  // class-based: items of each class
    std::vector<double> probability_;            // per class
    std::vector<double> aliasProb_;              // Vose's alias table over classes
    std::vector<int32_t> alias_;
    std::vector<int64_t> cycle_, cursor_;      // per class: shuffle round and place in it
    std::vector<std::vector<int64_t>> order_;  // per class: the current round's order
    std::vector<int64_t> orderCycle_;          // which round order_[c] holds (-1: none)
};

}  // namespace taxa
