#include "state/LoadedDataset.h"

#include <QString>
#include <algorithm>
#include <numeric>
#include <unordered_set>

#include "dataset/Buckets.h"
#include "dataset/SplitChecks.h"
#include "util/SafePath.h"

namespace {

taxa::LoadOptions lenient() {
    taxa::LoadOptions options;
    options.strict = false;  // a person browsing wants to see every problem, not the first
    return options;
}

}  // namespace

std::shared_ptr<const LoadedDataset> LoadedDataset::load(const std::string& root,
                                                         const taxa::ProgressFn& progress) {
    return fromDataset(taxa::loadDataset(root, lenient(), progress), progress);
}

std::shared_ptr<const LoadedDataset> LoadedDataset::load(const taxa::DatasetFiles& files,
                                                         const taxa::ProgressFn& progress) {
    return fromDataset(taxa::loadDataset(files, lenient(), progress), progress);
}

std::shared_ptr<const LoadedDataset> LoadedDataset::loadWithoutTest(
    taxa::DatasetFiles files, const taxa::ProgressFn& progress) {
    const bool hasTest = !files.test.empty();
    files.test.clear();
    // Checks across splits wait for the test split: the full load runs them all anyway.
    auto out = std::const_pointer_cast<LoadedDataset>(
        fromDataset(taxa::loadDataset(files, lenient(), progress), progress, !hasTest));
    out->testPending = hasTest;
    return out;
}

std::shared_ptr<const LoadedDataset> LoadedDataset::fromDataset(taxa::Dataset ds,
                                                                const taxa::ProgressFn& progress,
                                                                bool runChecks) {
    auto out = std::make_shared<LoadedDataset>();
    out->dataset = std::move(ds);
    out->taxonomy = taxa::Taxonomy::build(out->dataset);
    taxa::SplitCheckReport checks;
    if (runChecks)
        checks =
            taxa::runSplitChecks(out->dataset, taxa::defaultChecks(out->dataset.layout), progress);
    out->stats = taxa::computeStats(out->dataset, out->taxonomy, std::move(checks),
                                    taxa::defaultBucketEdges());
    out->trainCounts = out->dataset.classCounts(taxa::Split::Train);
    out->valCounts = out->dataset.classCounts(taxa::Split::Val);
    const auto classes = static_cast<int32_t>(out->trainCounts.size());
    out->byTrainImages.resize(static_cast<size_t>(classes));
    std::iota(out->byTrainImages.begin(), out->byTrainImages.end(), 0);
    std::stable_sort(out->byTrainImages.begin(), out->byTrainImages.end(),
                     [&](int32_t a, int32_t b) {
                         return out->trainCounts[size_t(a)] > out->trainCounts[size_t(b)];
                     });
    out->trainRank.resize(static_cast<size_t>(classes));
    for (int32_t r = 0; r < classes; ++r)
        out->trainRank[size_t(out->byTrainImages[size_t(r)])] = r;
    out->indexImagesByClass();
    auto lower = [](const std::string& s) {
        return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()))
            .toLower()
            .toStdString();
    };
    out->lowerNames.reserve(static_cast<size_t>(out->taxonomy.size()));
    for (int32_t n = 0; n < out->taxonomy.size(); ++n)
        out->lowerNames.push_back(lower(out->taxonomy.node(n).name));
    for (const auto& name : out->taxonomy.supercategories())
        out->lowerSupercategories.push_back(lower(name));
    return out;
}

void LoadedDataset::indexImagesByClass() {
    // A counting sort keeps file order within a class and, since images are stored train, then
    // val, puts a class's train images before its val images.
    const size_t classes = dataset.categories.size();
    classStart_.assign(classes + 1, 0);
    for (const auto& im : dataset.images)
        if (im.label >= 0) ++classStart_[static_cast<size_t>(im.label) + 1];
    for (size_t c = 0; c < classes; ++c)
        classStart_[c + 1] += classStart_[c];
    classImages_.resize(static_cast<size_t>(classStart_.back()));
    std::vector<int32_t> next(classStart_.begin(), classStart_.end() - 1);
    for (size_t i = 0; i < dataset.images.size(); ++i) {
        const int32_t label = dataset.images[i].label;
        if (label >= 0)
            classImages_[static_cast<size_t>(next[static_cast<size_t>(label)]++)] =
                static_cast<int32_t>(i);
    }
}

ImageRange LoadedDataset::imagesOf(int32_t classIndex) const {
    if (classIndex < 0 || static_cast<size_t>(classIndex) + 1 >= classStart_.size()) return {};
    const int32_t* base = classImages_.data();
    return {base + classStart_[static_cast<size_t>(classIndex)],
            base + classStart_[static_cast<size_t>(classIndex) + 1]};
}

std::string LoadedDataset::imagePath(int32_t imageIndex) const {
    const auto& im = dataset.images[static_cast<size_t>(imageIndex)];
    return taxa::joinInside(dataset.root, dataset.fileName(im));
}

std::vector<int32_t> LoadedDataset::findImages(const std::vector<int64_t>& ids,
                                               size_t limit) const {
    const std::unordered_set<int64_t> wanted(ids.begin(), ids.end());
    std::vector<int32_t> out;
    for (size_t i = 0; i < dataset.images.size() && out.size() < limit; ++i)
        if (wanted.count(dataset.images[i].id)) out.push_back(static_cast<int32_t>(i));
    return out;
}
