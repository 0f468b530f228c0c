#include "models/AnalysisResult.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <unordered_map>

#include "dataset/Buckets.h"
#include "models/TaxonomyModel.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

std::vector<int32_t> AnalysisResult::mistakenAs(int32_t truth, int32_t predicted) const {
    std::vector<int32_t> out;
    if (truth < 0 || static_cast<size_t>(truth) >= mistakes.size()) return out;
    for (const Mistake& m : mistakes[static_cast<size_t>(truth)])
        if (m.predicted == predicted) out.push_back(m.image);
    return out;
}

std::shared_ptr<AnalysisResult> AnalysisResult::compute(const LoadedDataset& data,
                                                        const taxa::PredictionSet& predictions,
                                                        const QString& label) {
    auto r = std::make_shared<AnalysisResult>();
    r->label = label;
    r->report = taxa::analyse(data.dataset, data.taxonomy, predictions, data.trainCounts,
                              taxa::defaultBucketEdges());
    r->mistakes.resize(static_cast<size_t>(data.taxonomy.classCount()));
    // Rows are in dataset order, but go by id so that a reordered set still lands right.
    std::unordered_map<int64_t, int32_t> valImage;
    for (size_t i = 0; i < data.dataset.images.size(); ++i) {
        const taxa::ImageRecord& im = data.dataset.images[i];
        if (im.split == taxa::Split::Val) valImage.emplace(im.id, static_cast<int32_t>(i));
    }
    for (const taxa::Prediction& p : predictions.rows) {
        const auto it = valImage.find(p.imageId);
        if (it == valImage.end() || p.classes.empty()) continue;
        const int32_t truth = data.dataset.images[static_cast<size_t>(it->second)].label;
        if (truth < 0 || p.classes.front() == truth) continue;
        r->mistakes[static_cast<size_t>(truth)].push_back({it->second, p.classes.front()});
    }
    return r;
}

std::shared_ptr<AnalysisResult> AnalysisResult::fromFile(const LoadedDataset& data,
                                                         const QString& path) {
    const std::string file = path.toStdString();
    taxa::PredictionSet p =
        taxa::readPredictions(taxa::readFile(file), file, data.dataset, taxa::Split::Val);
    // RUN/predictions/val.csv is known by its run's name.
    const QFileInfo info(path);
    const QString folder = info.absoluteDir().dirName();
    const QString label =
        folder == QLatin1String("predictions")
            ? info.absoluteDir().absolutePath().section(QLatin1Char('/'), -2, -2) +
                  QLatin1Char('/') + info.fileName()
            : info.fileName();
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
            return QStringLiteral("%1 %2").arg(TaxonomyModel::rankLabel(tax, r),
                                               QString::fromStdString(tax.node(x).name));
    }
    return QCoreApplication::translate("AnalysisResult", "none (other kingdoms)");
}
