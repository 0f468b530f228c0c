#pragma once
/// @file StringInterner.h
/// @brief Maps repeated strings (photographer names) to small indices. Open addressing over a
/// flat table: a node-based std::unordered_map spent most of its time in cache misses when
/// interning the 437k rights holders of a 2018 train file.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace taxa {

/// @brief Interns strings into an external vector (which it only appends to).
class StringInterner {
  public:
    explicit StringInterner(std::vector<std::string>& strings) : strings_(strings) {
        slots_.assign(1024, 0);
        for (size_t i = 0; i < strings_.size(); ++i)
            insertSlot(hash(strings_[i]), i);
    }

    /// @brief Index of @p s in the vector, appended if new.
    int32_t intern(std::string_view s) {
        const uint64_t h = hash(s);
        const size_t mask = slots_.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const uint64_t slot = slots_[i];
            if (slot == 0) break;
            if ((slot >> 32) == (h >> 32)) {
                const size_t idx = (slot & 0xFFFFFFFFu) - 1;
                if (strings_[idx] == s) return static_cast<int32_t>(idx);
            }
        }
        const size_t idx = strings_.size();
        strings_.emplace_back(s);
        if ((idx + 1) * 2 > slots_.size()) {
            std::vector<uint64_t> old(slots_.size() * 2, 0);
            old.swap(slots_);
            for (const uint64_t slot : old)
                if (slot)
                    insertSlot(hash(strings_[(slot & 0xFFFFFFFFu) - 1]), (slot & 0xFFFFFFFFu) - 1);
        }
        insertSlot(h, idx);
        return static_cast<int32_t>(idx);
    }

  private:
    static uint64_t hash(std::string_view s) {
        // Spread std::hash so both the low bits (slot) and high bits (tag) are well mixed.
        uint64_t x = std::hash<std::string_view>{}(s);
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDull;
        return x ^ (x >> 29);
    }
    void insertSlot(uint64_t h, size_t idx) {
        const size_t mask = slots_.size() - 1;
        size_t i = h & mask;
        while (slots_[i])
            i = (i + 1) & mask;
        slots_[i] = (h & 0xFFFFFFFF00000000ull) | (idx + 1);
    }

    std::vector<std::string>& strings_;
    std::vector<uint64_t> slots_;  ///< High 32 bits: hash tag; low 32: index + 1; 0 = empty.
};

}  // namespace taxa
