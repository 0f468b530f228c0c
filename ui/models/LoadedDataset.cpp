#include "models/LoadedDataset.h"

#include "dataset/Buckets.h"
#include "dataset/DatasetLoader.h"
#include "dataset/SplitChecks.h"

std::shared_ptr<const LoadedDataset> LoadedDataset::load(const std::string& root,
                                                         const taxa::ProgressFn& progress) {
    auto out = std::make_shared<LoadedDataset>();
    taxa::LoadOptions options;
    options.strict = false;  // a person browsing wants to see every problem, not the first
    out->dataset = taxa::loadDataset(root, options, progress);
    out->taxonomy = taxa::Taxonomy::build(out->dataset);
    const auto checks =
        taxa::runSplitChecks(out->dataset, taxa::defaultChecks(out->dataset.layout), progress);
    out->stats =
        taxa::computeStats(out->dataset, out->taxonomy, checks, taxa::defaultBucketEdges());
    return out;
}
