#include "eval/Calibration.h"

#include <algorithm>
#include <cmath>

#include "dataset/Buckets.h"

namespace taxa {

int calibrationBin(double confidence) {
    int i = static_cast<int>(std::ceil(confidence * kCalibrationBins)) - 1;
    // The product can land a hair beside the edge: the edge's own test decides.
    if (i > 0 && confidence <= double(i) / kCalibrationBins) --i;
    if (i < kCalibrationBins - 1 && confidence > double(i + 1) / kCalibrationBins) ++i;
    return std::clamp(i, 0, kCalibrationBins - 1);
}

void Reliability::add(double confidence, bool correct) {
    ReliabilityBin& b = bins[size_t(calibrationBin(confidence))];
    ++b.images;
    b.correct += correct;
    b.confidenceSum += confidence;
    ++images;
}

double Reliability::ece() const {
    if (!images) return 0;
    double sum = 0;
    for (const ReliabilityBin& b : bins)
        sum += double(b.images) * std::abs(b.accuracy() - b.meanConfidence());
    return sum / double(images);
}

double Reliability::meanConfidence() const {
    double sum = 0;
    for (const ReliabilityBin& b : bins)
        sum += b.confidenceSum;
    return images ? sum / double(images) : 0;
}

double Reliability::accuracy() const {
    int64_t correct = 0;
    for (const ReliabilityBin& b : bins)
        correct += b.correct;
    return images ? double(correct) / double(images) : 0;
}

bool allHaveScores(const PredictionSet& p) {
    return !p.rows.empty() && std::all_of(p.rows.begin(), p.rows.end(), [](const Prediction& r) {
        return !r.scores.empty() && r.scores.size() == r.classes.size();
    });
}

CalibrationReport calibrate(const PredictionSet& p, const std::vector<int32_t>& truths,
                            const Taxonomy& tax, const std::vector<int64_t>& trainCounts,
                            const std::vector<int64_t>& edges) {
    CalibrationReport r;
    r.supercategories.resize(tax.supercategories().size());
    r.buckets.resize(edges.size() > 1 ? edges.size() - 1 : 0);
    for (size_t i = 0; i < p.rows.size(); ++i) {
        const Prediction& row = p.rows[i];
        const int32_t truth = truths[i];
        const double confidence = row.scores.empty() ? 0.0 : double(row.scores.front());
        const bool correct = !row.classes.empty() && row.classes.front() == truth;
        r.all.add(confidence, correct);
        r.supercategories[size_t(tax.supercategoryOf(truth))].add(confidence, correct);
        const int b = bucketOf(trainCounts[size_t(truth)], edges);
        if (b >= 0) r.buckets[size_t(b)].add(confidence, correct);
    }
    return r;
}

}  // namespace taxa
