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
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    const bool above = m > 1.41421356f;  // a select, not a branch: loops of it vectorize
    m = above ? 0.5f * m : m;
    e += above;
    const float s = (m - 1) / (m + 1), s2 = s * s;
    const float series = s * (2 + s2 * (2.0f / 3 + s2 * (2.0f / 5 + s2 * (2.0f / 7))));
    return float(e) * 0.693147181f + series;
}

/// @brief e^y for |y| < 87: y = k ln 2 + r with |r| <= ln 2 / 2, e^r by its Taylor series to
/// r^7, times 2^k built from the exponent bits.
inline float fastExp(float y) {
    // Round to nearest by adding and subtracting 1.5 x 2^23 (no libm call, so loops of it
    // vectorize); |y log2 e| < 126 here.
    const float k = (y * 1.44269504f + 12582912.0f) - 12582912.0f;
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

/// @brief The same without branches, for loops the compiler vectorizes: x at least 1e-30 and
/// b log x within (-87, 87), as the layout's squared distances (clamped) are.
inline float fastPowInRange(float x, float b) {
    return fastExp(b * fastLog(x));
}

/// @brief fastPowInRange of each of @p x[0..8), into @p out. Four at a time with SSE2 where
/// the compiler has it (GCC does not vectorize the bit casts itself): the same operations in
/// the same order as the scalar functions, so the same results.
inline void fastPow8(const float* x, float b, float* out) {
#if defined(__SSE2__)
    const __m128 half = _mm_set1_ps(0.5f), one = _mm_set1_ps(1), ln2 = _mm_set1_ps(0.693147181f);
    for (int q = 0; q < 8; q += 4) {
        const __m128i bits = _mm_castps_si128(_mm_loadu_ps(x + q));
        __m128i e = _mm_sub_epi32(_mm_srli_epi32(bits, 23), _mm_set1_epi32(127));  // x > 0
        __m128 m = _mm_castsi128_ps(_mm_or_si128(_mm_and_si128(bits, _mm_set1_epi32(0x007fffff)),
                                                 _mm_set1_epi32(0x3f800000)));
        const __m128 above = _mm_cmpgt_ps(m, _mm_set1_ps(1.41421356f));
        m = _mm_or_ps(_mm_and_ps(above, _mm_mul_ps(half, m)), _mm_andnot_ps(above, m));
        e = _mm_sub_epi32(e, _mm_castps_si128(above));  // the mask is -1 where above
        const __m128 s = _mm_div_ps(_mm_sub_ps(m, one), _mm_add_ps(m, one));
        const __m128 s2 = _mm_mul_ps(s, s);
        __m128 series = _mm_add_ps(_mm_set1_ps(2.0f / 5), _mm_mul_ps(s2, _mm_set1_ps(2.0f / 7)));
        series = _mm_add_ps(_mm_set1_ps(2.0f / 3), _mm_mul_ps(s2, series));
        series = _mm_mul_ps(s, _mm_add_ps(_mm_set1_ps(2), _mm_mul_ps(s2, series)));
        const __m128 y =
            _mm_mul_ps(_mm_set1_ps(b), _mm_add_ps(_mm_mul_ps(_mm_cvtepi32_ps(e), ln2), series));
        const __m128 magic = _mm_set1_ps(12582912.0f);
        const __m128 k =
            _mm_sub_ps(_mm_add_ps(_mm_mul_ps(y, _mm_set1_ps(1.44269504f)), magic), magic);
        const __m128 r = _mm_sub_ps(y, _mm_mul_ps(k, ln2));
        __m128 p = _mm_add_ps(_mm_set1_ps(1.0f / 720), _mm_mul_ps(r, _mm_set1_ps(1.0f / 5040)));
        for (const float c : {1.0f / 120, 1.0f / 24, 1.0f / 6, 0.5f, 1.0f, 1.0f})
            p = _mm_add_ps(_mm_set1_ps(c), _mm_mul_ps(r, p));
        const __m128i scale =
            _mm_slli_epi32(_mm_add_epi32(_mm_cvtps_epi32(k), _mm_set1_epi32(127)), 23);
        _mm_storeu_ps(out + q, _mm_mul_ps(p, _mm_castsi128_ps(scale)));
    }
#else
    for (int t = 0; t < 8; ++t)
        out[t] = fastPowInRange(x[t], b);
#endif
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
