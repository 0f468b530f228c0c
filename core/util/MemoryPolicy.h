#pragma once
/// @file MemoryPolicy.h
/// @brief Keeps freed memory in the process while a network trains or predicts.
///
/// A training step allocates and frees the same large activation buffers every time. With
/// glibc's defaults each buffer over the mmap threshold is a fresh mapping, so every step pays
/// page faults and the kernel's zeroing for tens or hundreds of megabytes; on the 2-core
/// development machine that was a third of a ResNet-18 step (docs/BENCHMARKS.md). While a
/// guard is alive, large blocks come from the heap and freed memory stays there for the next
/// step; when the last guard ends, glibc's default limits return and the surplus is given back.
/// One thing stays: after any mallopt() call glibc no longer adapts its mmap threshold to the
/// program, it keeps the 128 KiB default (as with MALLOC_*_ environment settings).

namespace taxa {

class ReuseFreedMemory {
  public:
    ReuseFreedMemory();
    ~ReuseFreedMemory();
    ReuseFreedMemory(const ReuseFreedMemory&) = delete;
    ReuseFreedMemory& operator=(const ReuseFreedMemory&) = delete;

    /// @brief Whether a guard is alive in this process (for tests).
    static bool active();
};

}  // namespace taxa
