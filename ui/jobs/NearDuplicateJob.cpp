#include "jobs/NearDuplicateJob.h"

#include "embed/NearDuplicates.h"
#include "embed/StoreRows.h"
#include "eval/FeatureStore.h"
#include "jobs/LookAlikeJob.h"
#include "util/Error.h"

namespace {

// The report over @p store, which was read from (or saved at) @p path.
void report(const LoadedDataset& data, const taxa::FeatureStore& store, const QString& path,
            double threshold, const taxa::ProgressFn& progress, NearDuplicateJob::Report& out) {
    NearDuplicateJob::Report r;
    r.features = path.toStdString();
    r.threshold = threshold;
    r.images = taxa::embed::storeImages(store, data.dataset, r.features);
    taxa::embed::NearDuplicateOptions o;
    o.threshold = threshold;
    r.pairs = taxa::embed::nearDuplicates(store, o, progress);
    out = std::move(r);
}

}  // namespace

BackgroundJob::Work NearDuplicateJob::find(std::shared_ptr<const LoadedDataset> data,
                                           const QString& features, double threshold,
                                           std::shared_ptr<Report> out) {
    return [data, features, threshold, out](const taxa::ProgressFn& progress) {
        const taxa::FeatureStore store = taxa::readFeatureStore(features.toStdString());
        report(*data, store, features, threshold, progress, *out);
    };
}

BackgroundJob::Work NearDuplicateJob::ofRun(std::shared_ptr<const LoadedDataset> data,
                                            const QString& checkpoint, double threshold,
                                            std::shared_ptr<Report> out) {
    return [data, checkpoint, threshold, out](const taxa::ProgressFn& progress) {
        const QString path = LookAlikeJob::featuresPath(checkpoint);
        if (path.isEmpty())
            throw taxa::Error(tr("%1 is not in a run folder: choose a features file instead")
                                  .arg(checkpoint)
                                  .toStdString());
        report(*data, LookAlikeJob::currentOrComputed(*data, checkpoint, path, progress), path,
               threshold, progress, *out);
    };
}
