#include "jobs/LookAlikeJob.h"

#include <QDir>
#include <QFileInfo>

#include "engine/Engine.h"
#include "eval/FeatureStore.h"
#include "state/RunFolder.h"
#include "util/Error.h"
#include "util/Fingerprint.h"

QString LookAlikeJob::featuresPath(const QString& checkpoint) {
    const auto run = checkpoint.isEmpty() ? std::nullopt : runOfCheckpoint(checkpoint);
    return run ? qtPath(run->features()) : QString();
}

bool LookAlikeJob::featuresCurrent(const QString& path, const QString& checkpoint) {
    // The store names its checkpoint by content (a header and the checkpoint's last 256 KB:
    // fast enough for the GUI thread); modification times told a newer store of another model
    // apart from none.
    if (!QFileInfo(path).isFile()) return false;
    try {
        const uint64_t source = taxa::readFeatureSource(path.toStdString());
        return source != 0 && source == taxa::archiveFingerprint(checkpoint.toStdString());
    } catch (const taxa::Error&) {
        return false;  // the checkpoint is gone: nothing to compare with
    }
}

namespace {

taxa::FeatureStore computeAndSave(const LoadedDataset& data, const QString& checkpoint,
                                  const QString& path, const taxa::ProgressFn& progress) {
    taxa::FeatureOptions o;
    o.checkpoint = checkpoint.toStdString();
    taxa::FeatureStore store = taxa::engine::features(data.dataset, o, progress);
    QDir().mkpath(QFileInfo(path).absolutePath());
    taxa::writeFeatureStore(store, path.toStdString());
    return store;
}

}  // namespace

taxa::FeatureStore LookAlikeJob::currentOrComputed(const LoadedDataset& data,
                                                   const QString& checkpoint, const QString& path,
                                                   const taxa::ProgressFn& progress) {
    if (featuresCurrent(path, checkpoint)) return taxa::readFeatureStore(path.toStdString());
    return computeAndSave(data, checkpoint, path, progress);
}

BackgroundJob::Work LookAlikeJob::read(std::shared_ptr<const LoadedDataset> data,
                                       const QString& path, std::shared_ptr<Index> out) {
    return [data, path, out](const taxa::ProgressFn&) {
        *out = std::make_shared<const taxa::LookAlikeIndex>(
            taxa::readFeatureStore(path.toStdString()), data->dataset);
    };
}

BackgroundJob::Work LookAlikeJob::compute(std::shared_ptr<const LoadedDataset> data,
                                          const QString& checkpoint, const QString& path,
                                          std::shared_ptr<Index> out) {
    return [data, checkpoint, path, out](const taxa::ProgressFn& progress) {
        *out = std::make_shared<const taxa::LookAlikeIndex>(
            computeAndSave(*data, checkpoint, path, progress), data->dataset);
    };
}
