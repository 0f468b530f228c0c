#include "state/AnalysisResult.h"
#include "state/RankLabels.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <unordered_map>

#include "dataset/Buckets.h"
#include "train/RunFolder.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

std::vector<int32_t> AnalysisResult::mistakenAs(int32_t truth, int32_t predicted) const {
    std::vector<int32_t> out;
    if (truth < 0 || static_cast<size_t>(truth) >= mistakes.size()) return out;
    for (const Mistake& m : mistakes[static_cast<size_t>(truth)])
        if (m.predicted == predicted) out.push_back(m.image);
    return out;
}

int32_t AnalysisResult::rowOfImage(int32_t image) const {
    const auto it = rowOfImage_.find(image);
    return it == rowOfImage_.end() ? -1 : it->second;
}

const taxa::ImageScore* AnalysisResult::scoreOfImage(int32_t image) const {
    const int32_t row = rowOfImage(image);
    return row < 0 ? nullptr : &scores[static_cast<size_t>(row)];
}

void AnalysisResult::sortImages(std::vector<int32_t>& images, ImageOrder order) const {
    if (order == ImageOrder::Dataset || !hasScores) {
        std::sort(images.begin(), images.end());
        return;
    }
    auto key = [&](int32_t image) {
        const taxa::ImageScore* s = scoreOfImage(image);
        if (!s) return -1.0f;
        return order == ImageOrder::Mistakenness ? s->mistakenness : s->hardness;
    };
    std::stable_sort(images.begin(), images.end(),
                     [&](int32_t a, int32_t b) { return key(a) > key(b); });
}

std::shared_ptr<AnalysisResult> AnalysisResult::compute(const LoadedDataset& data,
                                                        const taxa::PredictionSet& predictions,
                                                        const QString& label) {
    auto r = std::make_shared<AnalysisResult>();
    r->label = label;
    r->report = taxa::analyse(data.dataset, data.taxonomy, predictions, data.trainCounts,
                              taxa::defaultBucketEdges());
    r->predictions = predictions;
    r->truths = taxa::rowLabels(data.dataset, predictions);
    r->mistakes.resize(static_cast<size_t>(data.taxonomy.classCount()));
    // Rows are in dataset order, but go by id so that a reordered set still lands right.
    std::unordered_map<int64_t, int32_t> valImage;
    for (size_t i = 0; i < data.dataset.images.size(); ++i) {
        const taxa::ImageRecord& im = data.dataset.images[i];
        if (im.split == predictions.split) valImage.emplace(im.id, static_cast<int32_t>(i));
    }
    r->rowImage.reserve(predictions.rows.size());
    for (size_t row = 0; row < predictions.rows.size(); ++row) {
        const taxa::Prediction& p = predictions.rows[row];
        const int32_t image = valImage.at(p.imageId);  // rowLabels() checked every id
        r->rowImage.push_back(image);
        r->rowOfImage_.emplace(image, static_cast<int32_t>(row));
        const int32_t truth = r->truths[row];
        if (p.classes.empty() || p.classes.front() == truth) continue;
        r->mistakes[static_cast<size_t>(truth)].push_back({image, p.classes.front()});
    }
    r->scoreRows(data);
    r->confusion = taxa::ConfusionIndex::build(data.taxonomy, r->report.confusedPairs);
    return r;
}

void AnalysisResult::scoreRows(const LoadedDataset& data) {
    const int32_t classes = data.taxonomy.classCount();
    hasScores = taxa::allHaveScores(predictions);
    scores = taxa::scoreImages(predictions, truths, classes);
    labelErrors = taxa::likelyLabelErrors(scores);
    classHardness.assign(static_cast<size_t>(classes), 0.0f);
    std::vector<int32_t> images(static_cast<size_t>(classes), 0);
    for (size_t row = 0; row < scores.size(); ++row) {
        classHardness[static_cast<size_t>(truths[row])] += scores[row].hardness;
        ++images[static_cast<size_t>(truths[row])];
    }
    for (size_t c = 0; c < classHardness.size(); ++c)
        if (images[c]) classHardness[c] /= static_cast<float>(images[c]);
    temperature = taxa::fitOnMinival(predictions, truths, classes);
    if (temperature)
        scaledCalibration =
            taxa::calibrate(taxa::withTemperature(predictions, temperature->temperature, classes),
                            truths, data.taxonomy, data.trainCounts, taxa::defaultBucketEdges());
}

std::shared_ptr<AnalysisResult> AnalysisResult::fromFile(const LoadedDataset& data,
                                                         const QString& path) {
    const std::string file = path.toStdString();
    taxa::PredictionSet p =
        taxa::readPredictions(taxa::readFile(file), file, data.dataset, taxa::Split::Val);
    // RUN/predictions/val.csv is known by its run's name.
    const QString fileName = QFileInfo(path).fileName();
    const auto run = taxa::RunFolder::ofPredictions(file);
    const QString label =
        run ? QString::fromStdString(run->name()) + QLatin1Char('/') + fileName : fileName;
    auto r = compute(data, p, label);
    r->source = path;
    return r;
}

QString commonTaxon(const taxa::Taxonomy& tax, int32_t a, int32_t b) {
    const int32_t na = tax.speciesNode(a), nb = tax.speciesNode(b);
    for (int r = static_cast<int>(taxa::Rank::Genus); r >= static_cast<int>(taxa::Rank::Kingdom);
         --r) {
        const auto rank = static_cast<taxa::Rank>(r);
        const int32_t x = tax.ancestor(na, rank);
        if (x >= 0 && x == tax.ancestor(nb, rank))
            return QStringLiteral("%1 %2").arg(rankLabel(tax, r),
                                               QString::fromStdString(tax.node(x).name));
    }
    return QCoreApplication::translate("AnalysisResult", "none (other kingdoms)");
}
