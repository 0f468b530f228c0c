#pragma once
// Synthetic feature stores for the map and near-duplicate tests: groups of vectors around
// random centres, stored in half precision as `taxa-cli features` stores them.

#include <cmath>
#include <random>
#include <vector>

#include "eval/FeatureStore.h"

namespace fixtures {

/// @brief @p groups x @p perGroup unit vectors of @p dims: centre + Gaussian noise of
/// @p spread per dimension (relative to a unit centre), all in @p split; row r is in group
/// r / perGroup, image id 1000 + r.
inline taxa::FeatureStore groupedStore(int groups, int perGroup, int dims, double spread,
                                       uint32_t seed, taxa::Split split = taxa::Split::Train) {
    std::mt19937 gen(seed);
    std::normal_distribution<double> normal;
    taxa::FeatureStore s;
    s.dims = dims;
    std::vector<float> x;
    for (int g = 0; g < groups; ++g) {
        std::vector<double> centre(static_cast<size_t>(dims));
        double len = 0;
        for (double& c : centre)
            c = normal(gen), len += c * c;
        for (double& c : centre)
            c /= std::sqrt(len);
        for (int i = 0; i < perGroup; ++i) {
            std::vector<double> v(static_cast<size_t>(dims));
            double l = 0;
            for (int d = 0; d < dims; ++d)
                v[size_t(d)] = centre[size_t(d)] + spread / std::sqrt(double(dims)) * normal(gen),
                l += v[size_t(d)] * v[size_t(d)];
            for (double c : v)
                x.push_back(float(c / std::sqrt(l)));
            s.imageIds.push_back(int64_t(1000 + s.imageIds.size()));
            s.splits.push_back(uint8_t(split));
        }
    }
    s.values.resize(x.size());
    taxa::floatToHalf(x.data(), x.size(), s.values.data());
    return s;
}

/// @brief Cosine of two rows in double over the stored halves.
inline double rowCosine(const taxa::FeatureStore& s, size_t a, size_t b) {
    std::vector<float> x(static_cast<size_t>(s.dims)), y(x.size());
    taxa::halfToFloat(s.row(a), x.size(), x.data());
    taxa::halfToFloat(s.row(b), y.size(), y.data());
    double dot = 0, xx = 0, yy = 0;
    for (size_t i = 0; i < x.size(); ++i)
        dot += double(x[i]) * y[i], xx += double(x[i]) * x[i], yy += double(y[i]) * y[i];
    return dot / std::sqrt(xx * yy);
}

}  // namespace fixtures
