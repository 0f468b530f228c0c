#pragma once
/// @file StateDictTypes.h
/// @brief What a state-dict export wrote: a plain type that crosses the engine's interface (no
/// LibTorch), for the programs; the export itself is the engine's (StateDict.h).

#include <cstdint>
#include <string>

namespace taxa {

/// @brief What exportStateDict() wrote.
struct ExportReport {
    int64_t tensors = 0;  ///< Parameters and buffers written.
    std::string arch, head;
};

}  // namespace taxa
