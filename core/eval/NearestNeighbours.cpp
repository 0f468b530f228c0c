#include "eval/NearestNeighbours.h"

#include <algorithm>
#include <cmath>
#include <queue>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace taxa {

namespace {

// Dot product with the query and squared length of one half-precision row.
struct RowSums {
    float dot = 0, squares = 0;
};

RowSums sumsPortable(const uint16_t* row, const float* q, int dims) {
    thread_local std::vector<float> x;
    x.resize(size_t(dims));
    halfToFloat(row, size_t(dims), x.data());
    RowSums s;
    for (int i = 0; i < dims; ++i) {
        s.dot += x[size_t(i)] * q[i];
        s.squares += x[size_t(i)] * x[size_t(i)];
    }
    return s;
}

#if defined(__x86_64__)
__attribute__((target("avx2,fma,f16c"))) float horizontalSum(__m256 v) {
    const __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    const __m128 t = _mm_add_ps(s, _mm_movehl_ps(s, s));
    return _mm_cvtss_f32(_mm_add_ss(t, _mm_shuffle_ps(t, t, 1)));
}

__attribute__((target("avx2,fma,f16c"))) RowSums sumsAvx2(const uint16_t* row, const float* q,
                                                          int dims) {
    __m256 dot = _mm256_setzero_ps(), squares = _mm256_setzero_ps();
    int i = 0;
    for (; i + 8 <= dims; i += 8) {
        const __m256 x =
            _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(row + i)));
        dot = _mm256_fmadd_ps(x, _mm256_loadu_ps(q + i), dot);
        squares = _mm256_fmadd_ps(x, x, squares);
    }
    RowSums s{horizontalSum(dot), horizontalSum(squares)};
    if (i < dims) {
        const RowSums tail = sumsPortable(row + i, q + i, dims - i);
        s.dot += tail.dot;
        s.squares += tail.squares;
    }
    return s;
}

// F16C from CPUID leaf 1 (ECX bit 29): clang 14's __builtin_cpu_supports does not know "f16c".
bool haveF16c() {
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    return __get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & (1u << 29)) != 0;
}

bool haveAvx2() {
    static const bool yes =
        __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && haveF16c();
    return yes;
}
#endif

RowSums rowSums(const uint16_t* row, const float* q, int dims) {
#if defined(__x86_64__)
    if (haveAvx2()) return sumsAvx2(row, q, dims);
#endif
    return sumsPortable(row, q, dims);
}

// Orders a min-heap of the best k: the worst kept on top.
bool better(const Neighbour& a, const Neighbour& b) {
    return a.similarity > b.similarity || (a.similarity == b.similarity && a.row < b.row);
}

}  // namespace

std::vector<Neighbour> nearest(const FeatureStore& store, const float* query, size_t k,
                               const std::vector<uint32_t>* rows) {
    double queryLength = 0;
    for (int i = 0; i < store.dims; ++i)
        queryLength += double(query[i]) * query[i];
    queryLength = std::sqrt(queryLength);
    std::priority_queue<Neighbour, std::vector<Neighbour>, decltype(&better)> best(&better);
    const size_t n = rows ? rows->size() : store.count();
    if (k == 0) return {};
    for (size_t i = 0; i < n; ++i) {
        const uint32_t r = rows ? (*rows)[i] : static_cast<uint32_t>(i);
        if (r >= store.count()) continue;
        const RowSums s = rowSums(store.row(r), query, store.dims);
        const double length = std::sqrt(double(s.squares)) * queryLength;
        const Neighbour candidate{r, length > 0 ? static_cast<float>(s.dot / length) : 0.0f};
        if (best.size() < k) {
            best.push(candidate);
        } else if (better(candidate, best.top())) {
            best.pop();
            best.push(candidate);
        }
    }
    std::vector<Neighbour> out(best.size());
    for (size_t i = out.size(); i-- > 0; best.pop())
        out[i] = best.top();
    return out;
}

std::vector<float> featureRow(const FeatureStore& store, size_t row) {
    std::vector<float> out(size_t(store.dims));
    halfToFloat(store.row(row), out.size(), out.data());
    return out;
}

}  // namespace taxa
