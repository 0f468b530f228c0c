#pragma once
/// @file FastPow.h
/// @brief x^b for the layout's similarity curve, about five times faster than std::pow and
/// within 2e-5 relative error for the squared distances the layout meets: most of the layout's
/// time was std::pow, called once per positive and once per negative sample (bench:
/// docs/BENCHMARKS.md, "The map against umap-learn"). Plain float arithmetic, so the map stays
/// the same for a seed on any machine running the same build.

#include <cmath>
#include <cstdint>
#include <cstring>

namespace taxa::embed {

/// @brief Natural logarithm of x > 0 (normal floats): x = m 2^e with m in [sqrt(1/2), sqrt(2)),
/// ln m = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.172, by its series to s^7.
inline float fastLog(float x) {
    uint32_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    int e = int((bits >> 23) & 0xffu) - 127;
    bits = (bits & 0x007fffffu) | 0x3f800000u;
    float m;
    std::memcpy(&m, &bits, sizeof m);
    if (m > 1.41421356f) m *= 0.5f, ++e;
    const float s = (m - 1) / (m + 1), s2 = s * s;
    const float series = s * (2 + s2 * (2.0f / 3 + s2 * (2.0f / 5 + s2 * (2.0f / 7))));
    return float(e) * 0.693147181f + series;
}

/// @brief e^y for |y| < 87: y = k ln 2 + r with |r| <= ln 2 / 2, e^r by its Taylor series to
/// r^7, times 2^k built from the exponent bits.
inline float fastExp(float y) {
    const float k = std::nearbyint(y * 1.44269504f);
    const float r = y - k * 0.693147181f;
    const float p =
        1 +
        r * (1 + r * (0.5f + r * (1.0f / 6 +
                                  r * (1.0f / 24 +
                                       r * (1.0f / 120 + r * (1.0f / 720 + r * (1.0f / 5040)))))));
    const uint32_t bits = uint32_t(int32_t(k) + 127) << 23;
    float scale;
    std::memcpy(&scale, &bits, sizeof scale);
    return p * scale;
}

/// @brief x^b for x > 0 and b in (0, 2]; 0 for x below 1e-30 (where the layout's gradients are
/// clipped or zero anyway), exact for b = 1.
inline float fastPow(float x, float b) {
    if (b == 1) return x;
    if (x < 1e-30f) return 0;
    const float y = b * fastLog(x);
    return y < -87 ? 0.0f : y > 87 ? INFINITY : fastExp(y);
}

}  // namespace taxa::embed
