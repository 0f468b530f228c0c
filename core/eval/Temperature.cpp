#include "eval/Temperature.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "dataset/Minival.h"
#include "eval/Calibration.h"
#include "eval/ScoreModel.h"

namespace taxa {

namespace {

constexpr double kNoMass = -std::numeric_limits<double>::infinity();

double logOrNone(double x) {
    return x > 0 ? std::log(x) : kNoMass;
}

// NLL of one row at inverse temperature beta, from log-probabilities, stably:
// -beta * log p_y + log(sum_i p_i^beta + tail * q^beta).
double rowNll(const Prediction& row, int32_t truth, int32_t classCount, double beta) {
    const double q = tailProbability(row, classCount);
    const double tail = double(std::max<int64_t>(0, classCount - int64_t(row.scores.size())));
    const double logQ = logOrNone(q);
    double top = tail > 0 ? logQ : kNoMass;
    for (float s : row.scores)
        top = std::max(top, logOrNone(s));
    if (top == kNoMass) return 0;  // no mass at all (k = C and all scores 0)
    double z = tail > 0 && q > 0 ? tail * std::exp(beta * (logQ - top)) : 0.0;
    for (float s : row.scores)
        if (s > 0) z += std::exp(beta * (std::log(double(s)) - top));
    const double py = std::max(probabilityOf(row, truth, classCount), kLikelihoodFloor);
    return -beta * std::log(py) + beta * top + std::log(z);
}

}  // namespace

double meanNegativeLogLikelihood(const PredictionSet& p, const std::vector<int32_t>& truths,
                                 const std::vector<char>& use, int32_t classCount,
                                 double temperature) {
    double sum = 0;
    int64_t n = 0;
    for (size_t i = 0; i < p.rows.size(); ++i) {
        if (!use[i] || !hasScores(p.rows[i])) continue;
        sum += rowNll(p.rows[i], truths[i], classCount, 1.0 / temperature);
        ++n;
    }
    return n ? sum / double(n) : 0.0;
}

double fitTemperature(const PredictionSet& p, const std::vector<int32_t>& truths,
                      const std::vector<char>& use, int32_t classCount) {
    if (std::none_of(use.begin(), use.end(), [](char u) { return u != 0; })) return 1.0;
    // Golden-section search over log T: unimodal, since the NLL is convex in 1/T.
    auto f = [&](double logT) {
        return meanNegativeLogLikelihood(p, truths, use, classCount, std::exp(logT));
    };
    const double g = (std::sqrt(5.0) - 1) / 2;
    double lo = std::log(kMinTemperature), hi = std::log(kMaxTemperature);
    double x1 = hi - g * (hi - lo), x2 = lo + g * (hi - lo);
    double f1 = f(x1), f2 = f(x2);
    for (int i = 0; i < 60; ++i) {
        if (f1 <= f2) {
            hi = x2, x2 = x1, f2 = f1;
            x1 = hi - g * (hi - lo), f1 = f(x1);
        } else {
            lo = x1, x1 = x2, f1 = f2;
            x2 = lo + g * (hi - lo), f2 = f(x2);
        }
    }
    return std::exp((lo + hi) / 2);
}

PredictionSet withTemperature(const PredictionSet& p, double temperature, int32_t classCount) {
    PredictionSet out;
    out.split = p.split;
    out.rows.reserve(p.rows.size());
    for (const Prediction& row : p.rows)
        out.rows.push_back(withTemperature(row, temperature, classCount));
    return out;
}

std::optional<TemperatureFit> fitOnMinival(const PredictionSet& p,
                                           const std::vector<int32_t>& truths, int32_t classCount) {
    if (!allHaveScores(p)) return std::nullopt;
    std::vector<char> fit(p.rows.size());
    TemperatureFit t;
    // Rows of zeros (images that failed to decode get the prior's classes without scores)
    // say nothing about T.
    for (size_t i = 0; i < p.rows.size(); ++i) {
        fit[i] = inMinival(p.rows[i].imageId) && p.rows[i].scores.front() > 0;
        t.fitImages += fit[i];
    }
    if (!t.fitImages) return std::nullopt;
    t.temperature = fitTemperature(p, truths, fit, classCount);
    t.nllBefore = meanNegativeLogLikelihood(p, truths, fit, classCount, 1.0);
    t.nllAfter = meanNegativeLogLikelihood(p, truths, fit, classCount, t.temperature);
    Reliability before, after;
    for (size_t i = 0; i < p.rows.size(); ++i) {
        if (inMinival(p.rows[i].imageId)) continue;
        const Prediction& row = p.rows[i];
        const bool correct = row.classes.front() == truths[i];
        before.add(row.scores.front(), correct);
        after.add(withTemperature(row, t.temperature, classCount).scores.front(), correct);
    }
    t.heldOutImages = before.images;
    t.eceBefore = before.ece();
    t.eceAfter = after.ece();
    return t;
}

}  // namespace taxa
