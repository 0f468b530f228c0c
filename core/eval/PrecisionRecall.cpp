#include "eval/PrecisionRecall.h"

#include <algorithm>

namespace taxa {

namespace {

// One retrieved top-1 guess.
struct Guess {
    float score = 0;
    bool right = false;
};

// Walks the guesses from the most confident down, one point per distinct score.
PrCurve curveOf(std::vector<Guess> guesses, int64_t positives) {
    std::stable_sort(guesses.begin(), guesses.end(),
                     [](const Guess& a, const Guess& b) { return a.score > b.score; });
    PrCurve c;
    c.positives = positives;
    c.guesses = static_cast<int64_t>(guesses.size());
    int64_t kept = 0, right = 0;
    double lastRecall = 0;
    for (size_t i = 0; i < guesses.size(); ++i) {
        ++kept;
        right += guesses[i].right;
        if (i + 1 < guesses.size() && guesses[i + 1].score == guesses[i].score) continue;
        PrPoint pt{guesses[i].score, double(right) / double(kept),
                   positives ? double(right) / double(positives) : 0.0};
        c.averagePrecision += (pt.recall - lastRecall) * pt.precision;
        lastRecall = pt.recall;
        c.points.push_back(pt);
    }
    return c;
}

bool scored(const Prediction& row) {
    return !row.classes.empty() && !row.scores.empty();
}

}  // namespace

PrCurve precisionRecall(const PredictionSet& p, const std::vector<int32_t>& truths) {
    std::vector<Guess> guesses;
    guesses.reserve(p.rows.size());
    for (size_t i = 0; i < p.rows.size(); ++i)
        if (scored(p.rows[i]))
            guesses.push_back({p.rows[i].scores.front(), p.rows[i].classes.front() == truths[i]});
    return curveOf(std::move(guesses), static_cast<int64_t>(p.rows.size()));
}

PrCurve precisionRecall(const PredictionSet& p, const std::vector<int32_t>& truths, int32_t cls) {
    std::vector<Guess> guesses;
    int64_t positives = 0;
    for (size_t i = 0; i < p.rows.size(); ++i) {
        positives += truths[i] == cls;
        if (scored(p.rows[i]) && p.rows[i].classes.front() == cls)
            guesses.push_back({p.rows[i].scores.front(), truths[i] == cls});
    }
    return curveOf(std::move(guesses), positives);
}

std::vector<double> classAveragePrecision(const PredictionSet& p,
                                          const std::vector<int32_t>& truths, int32_t classes) {
    std::vector<std::vector<Guess>> byGuess(static_cast<size_t>(classes));
    std::vector<int64_t> positives(static_cast<size_t>(classes), 0);
    for (size_t i = 0; i < p.rows.size(); ++i) {
        ++positives[size_t(truths[i])];
        const Prediction& row = p.rows[i];
        if (scored(row))
            byGuess[size_t(row.classes.front())].push_back(
                {row.scores.front(), row.classes.front() == truths[i]});
    }
    std::vector<double> out(static_cast<size_t>(classes), 0.0);
    for (size_t c = 0; c < out.size(); ++c)
        if (!byGuess[c].empty())
            out[c] = curveOf(std::move(byGuess[c]), positives[c]).averagePrecision;
    return out;
}

PrCurve thinned(const PrCurve& c, size_t maxPoints) {
    if (c.points.size() <= maxPoints || maxPoints < 2) return c;
    PrCurve out = c;
    out.points.clear();
    const size_t last = c.points.size() - 1;
    for (size_t k = 0; k < maxPoints; ++k)
        out.points.push_back(c.points[k * last / (maxPoints - 1)]);
    return out;
}

}  // namespace taxa
