#pragma once
/// @file IdIndex.h
/// @brief Maps the int64 ids of annotation files to positions, densely when ids allow it.

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace taxa {

/// @brief id -> position look-up. Competition ids are usually 0..N-1, so a flat table is both
/// the fastest and the smallest choice; scattered ids fall back to a sorted vector.
class IdIndex {
  public:
    /// @brief Builds the index; returns the first id that occurs twice, or -1 if all are unique.
    /// Of duplicates the first occurrence is kept.
    int64_t build(const std::vector<int64_t>& ids) {
        dense_.clear();
        sparse_.clear();
        int64_t lo = INT64_MAX, hi = INT64_MIN;
        for (int64_t id : ids)
            lo = std::min(lo, id), hi = std::max(hi, id);
        int64_t duplicate = -1;
        const auto n = static_cast<int64_t>(ids.size());
        if (!ids.empty() && lo >= 0 && hi < 4 * n + 1024) {
            dense_.assign(static_cast<size_t>(hi) + 1, -1);
            for (int64_t i = 0; i < n; ++i) {
                int32_t& slot = dense_[static_cast<size_t>(ids[static_cast<size_t>(i)])];
                if (slot >= 0) {
                    if (duplicate < 0) duplicate = ids[static_cast<size_t>(i)];
                } else {
                    slot = static_cast<int32_t>(i);
                }
            }
            return duplicate;
        }
        sparse_.reserve(ids.size());
        for (int64_t i = 0; i < n; ++i)
            sparse_.emplace_back(ids[static_cast<size_t>(i)], static_cast<int32_t>(i));
        std::stable_sort(sparse_.begin(), sparse_.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        auto out = sparse_.begin();
        for (auto it = sparse_.begin(); it != sparse_.end(); ++it) {
            if (out != sparse_.begin() && (out - 1)->first == it->first) {
                if (duplicate < 0) duplicate = it->first;
                continue;
            }
            *out++ = *it;
        }
        sparse_.erase(out, sparse_.end());
        return duplicate;
    }

    /// @brief Position of @p id, or -1.
    int32_t find(int64_t id) const {
        if (!dense_.empty()) {
            if (id < 0 || id >= static_cast<int64_t>(dense_.size())) return -1;
            return dense_[static_cast<size_t>(id)];
        }
        auto it = std::lower_bound(sparse_.begin(), sparse_.end(), id,
                                   [](const auto& e, int64_t v) { return e.first < v; });
        return it != sparse_.end() && it->first == id ? it->second : -1;
    }

  private:
    std::vector<int32_t> dense_;
    std::vector<std::pair<int64_t, int32_t>> sparse_;
};

}  // namespace taxa
