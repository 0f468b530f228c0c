#pragma once
/// @file Progress.h
/// @brief Progress reporting and cancellation shared by every long core job.

#include <cstdint>
#include <functional>
#include <string>

namespace taxa {

/// @brief One progress report: what is being done and how far along it is.
struct Progress {
    std::string stage;  ///< Human-readable name of the current step.
    int64_t done = 0;   ///< Units finished in this step.
    int64_t total = 0;  ///< Units in this step; 0 when unknown.
};

/// @brief Called now and then by long jobs; returning false asks the job to stop promptly.
using ProgressFn = std::function<bool(const Progress&)>;

/// @brief Thrown by a job that stopped because its progress callback returned false.
struct Cancelled {};

/// @brief Reports progress and throws Cancelled when the callback asks to stop.
inline void reportOrCancel(const ProgressFn& fn, const std::string& stage, int64_t done,
                           int64_t total) {
    if (fn && !fn(Progress{stage, done, total})) throw Cancelled{};
}

}  // namespace taxa
