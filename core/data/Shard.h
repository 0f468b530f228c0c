#pragma once
/// @file Shard.h
/// @brief A rank's share of a data-parallel epoch, as PyTorch's DistributedSampler makes it:
/// the epoch order (the same on every rank) padded by repeating its start to a multiple of the
/// world size, then every world-th entry from the rank's own. Shards are disjoint, have equal
/// lengths and together cover the epoch; global batch k of size B x W holds exactly the
/// entries one process with batch B x W would take as its batch k.

#include <cstdint>
#include <vector>

namespace taxa {

/// @brief Entries @p rank, @p rank + W, ... of @p order padded to a multiple of @p world (W).
std::vector<int64_t> shardOf(const std::vector<int64_t>& order, int rank, int world);

}  // namespace taxa
