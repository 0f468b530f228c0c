#pragma once
/// @file Rng.h
/// @brief A small deterministic random generator. Standard distributions differ between
/// library implementations, so anything whose output must be byte-identical for a seed (the
/// demo dataset, samplers) draws from this instead.

#include <cstdint>
#include <utility>

namespace taxa {

/// @brief xoshiro256** seeded through splitmix64; same seed, same sequence, on every platform.
class Rng {
  public:
    explicit Rng(uint64_t seed = 0) { reseed(seed); }

    void reseed(uint64_t seed) {
        for (auto& w : s_)
            w = splitmix(seed);
    }

    /// @brief Next 64 random bits.
    uint64_t next() {
        const uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    /// @brief Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// @brief Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// @brief Uniform integer in [0, n); n > 0. Lemire's multiply-shift, bias below 2^-32.
    uint64_t below(uint64_t n) {
        return static_cast<uint64_t>((static_cast<unsigned __int128>(next()) * n) >> 64);
    }
    /// @brief Uniform integer in [lo, hi] inclusive.
    int64_t between(int64_t lo, int64_t hi) {
        return lo + static_cast<int64_t>(below(static_cast<uint64_t>(hi - lo) + 1));
    }
    /// @brief True with probability p.
    bool chance(double p) { return uniform() < p; }

    /// @brief Raw state, for saving and resuming.
    const uint64_t* state() const { return s_; }
    void setState(const uint64_t st[4]) {
        for (int i = 0; i < 4; ++i)
            s_[i] = st[i];
    }

    /// @brief Mixes a 64-bit value; also a good hash of small integers.
    static uint64_t splitmix(uint64_t& x) {
        uint64_t z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

  private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t s_[4];
};

/// @brief Fisher-Yates shuffle with Rng.
template <class Vec>
void shuffle(Vec& v, Rng& rng) {
    for (size_t i = v.size(); i > 1; --i) {
        const size_t j = static_cast<size_t>(rng.below(i));
        std::swap(v[i - 1], v[j]);
    }
}

}  // namespace taxa
