#pragma once
/// @file Parallel.h
/// @brief Splits [0, n) into fixed blocks run on a few threads. The blocks do not depend on the
/// number of threads, so work that seeds its randomness per block gives the same result on any.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace taxa::embed {

/// @brief Threads to use: @p wanted, or the cores when 0.
inline int threadCount(int wanted) {
    return wanted > 0 ? wanted : std::max(1, int(std::thread::hardware_concurrency()));
}

/// @brief Calls @p f(block, begin, end) for each block of @p blockSize in [0, n), on
/// @p threads threads taking blocks in turn.
template <class F>
void forBlocks(size_t n, size_t blockSize, int threads, F&& f) {
    const size_t blocks = (n + blockSize - 1) / blockSize;
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t b; (b = next.fetch_add(1)) < blocks;)
            f(b, b * blockSize, std::min(n, (b + 1) * blockSize));
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::min<int>(threads, int(blocks)); ++t)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
}

}  // namespace taxa::embed
