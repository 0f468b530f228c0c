#pragma once
/// @file Minival.h
/// @brief Which val images form "minival": the 10% of val that training measures on while it
/// fine-tunes on the other 90%, and that temperature scaling is fitted on. Torch-free, so the
/// analysis can use the same split as the trainer.

#include <cstdint>

#include "util/Rng.h"

namespace taxa {

/// @brief True if a val image belongs to minival: a fixed hash of its id, so the split never
/// changes between runs or machines.
inline bool inMinival(int64_t imageId) {
    uint64_t x = static_cast<uint64_t>(imageId) ^ 0x6D696E6976616Cull;  // "minival"
    return Rng::splitmix(x) % 10 == 0;
}

}  // namespace taxa
