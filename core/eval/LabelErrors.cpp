#include "eval/LabelErrors.h"

#include <algorithm>

#include "eval/ScoreModel.h"

namespace taxa {

std::vector<ImageScore> scoreImages(const PredictionSet& p, const std::vector<int32_t>& truths,
                                    int32_t classCount) {
    std::vector<ImageScore> out(p.rows.size());
    for (size_t i = 0; i < p.rows.size(); ++i) {
        const Prediction& row = p.rows[i];
        ImageScore& s = out[i];
        s.correct = !row.classes.empty() && row.classes.front() == truths[i];
        if (!hasScores(row)) continue;
        s.confidence = row.scores.front();
        s.labelProbability = static_cast<float>(probabilityOf(row, truths[i], classCount));
        const double h = hardness(row, classCount);
        s.hardness = static_cast<float>(h);
        s.mistakenness = static_cast<float>(mistakenness(s.correct, h));
    }
    return out;
}

std::vector<int32_t> likelyLabelErrors(const std::vector<ImageScore>& scores) {
    std::vector<int32_t> out;
    for (size_t i = 0; i < scores.size(); ++i)
        if (!scores[i].correct) out.push_back(static_cast<int32_t>(i));
    std::stable_sort(out.begin(), out.end(), [&](int32_t a, int32_t b) {
        return scores[size_t(a)].mistakenness > scores[size_t(b)].mistakenness;
    });
    return out;
}

}  // namespace taxa
