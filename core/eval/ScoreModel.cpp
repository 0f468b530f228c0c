#include "eval/ScoreModel.h"

#include <algorithm>
#include <cmath>

namespace taxa {

namespace {

// Classes outside the top k: the tail's share of the mass is spread over these.
int64_t tailClasses(const Prediction& p, int32_t classCount) {
    return std::max<int64_t>(0, int64_t(classCount) - int64_t(p.scores.size()));
}

double plogp(double x) {
    return x > 0 ? x * std::log(x) : 0.0;
}

}  // namespace

bool hasScores(const Prediction& p) {
    return !p.scores.empty();
}

double tailMass(const Prediction& p, int32_t classCount) {
    if (tailClasses(p, classCount) == 0) return 0;
    double sum = 0;
    for (float s : p.scores)
        sum += s;
    return std::max(0.0, 1.0 - sum);
}

double tailProbability(const Prediction& p, int32_t classCount) {
    const int64_t n = tailClasses(p, classCount);
    return n ? tailMass(p, classCount) / double(n) : 0.0;
}

double probabilityOf(const Prediction& p, int32_t c, int32_t classCount) {
    for (size_t i = 0; i < p.classes.size() && i < p.scores.size(); ++i)
        if (p.classes[i] == c) return p.scores[i];
    return tailProbability(p, classCount);
}

double hardness(const Prediction& p, int32_t classCount) {
    double h = 0;
    for (float s : p.scores)
        h -= plogp(s);
    // The tail's C - k equal shares q: (C - k) * q ln q = mass * ln q.
    const double mass = tailMass(p, classCount);
    if (mass > 0) h -= mass * std::log(mass / double(tailClasses(p, classCount)));
    return h;
}

double mistakenness(const Prediction& p, int32_t truth, int32_t classCount) {
    // voxel51/fiftyone-brain, fiftyone/brain/internal/core/mistakenness.py,
    // _compute_mistakenness_class(logits, m): m is 1 when the predicted label equals the
    // ground truth, mapped to m * -2 + 1 (so -1 correct, +1 incorrect); c = -entropy(softmax
    // (logits)); mistakenness = (m * exp(c) + 1) / 2. Our scores are that softmax.
    return mistakenness(!p.classes.empty() && p.classes.front() == truth, hardness(p, classCount));
}

double mistakenness(bool correct, double hardness) {
    const double m = correct ? -1.0 : 1.0;
    return (m * std::exp(-hardness) + 1.0) / 2.0;
}

Prediction withTemperature(const Prediction& p, double temperature, int32_t classCount) {
    Prediction out = p;
    const double beta = 1.0 / temperature;
    const double q = tailProbability(p, classCount);
    const int64_t tail = tailClasses(p, classCount);
    // In the log domain against the largest probability, so that p^(1/T) cannot underflow for
    // all classes at once when T is small.
    double top = q;
    for (float s : p.scores)
        top = std::max(top, double(s));
    if (top <= 0) return out;  // no mass anywhere (a row of zeros): nothing to rescale
    auto scaled = [&](double x) { return x > 0 ? std::exp(beta * std::log(x / top)) : 0.0; };
    double z = tail * scaled(q);
    for (float s : p.scores)
        z += scaled(s);
    for (size_t i = 0; i < out.scores.size(); ++i)
        out.scores[i] = static_cast<float>(scaled(p.scores[i]) / z);
    return out;
}

}  // namespace taxa
