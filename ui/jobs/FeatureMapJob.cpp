#include "jobs/FeatureMapJob.h"

#include <QFileInfo>

#include "embed/FeatureMap.h"
#include "eval/FeatureStore.h"
#include "jobs/LookAlikeJob.h"
#include "util/Error.h"

QString FeatureMapJob::mapPath(const QString& checkpoint) {
    const QString features = LookAlikeJob::featuresPath(checkpoint);
    return features.isEmpty()
               ? QString()
               : QString::fromStdString(taxa::embed::mapPathFor(features.toStdString()));
}

bool FeatureMapJob::mapCurrent(const QString& checkpoint) {
    const QString features = LookAlikeJob::featuresPath(checkpoint);
    const QFileInfo map(mapPath(checkpoint));
    // The map file does not name its features; it is of these features when written after
    // them (both are written by this job or by taxa-cli, features first).
    return map.isFile() && LookAlikeJob::featuresCurrent(features, checkpoint) &&
           map.lastModified() >= QFileInfo(features).lastModified();
}

BackgroundJob::Work FeatureMapJob::read(std::shared_ptr<const LoadedDataset> data,
                                        const QString& path, std::shared_ptr<Points> out) {
    return [data, path, out](const taxa::ProgressFn&) {
        const std::string file = path.toStdString();
        *out = FeatureMapPoints::join(taxa::embed::readFeatureMap(file), *data, file);
    };
}

BackgroundJob::Work FeatureMapJob::compute(std::shared_ptr<const LoadedDataset> data,
                                           const QString& checkpoint, std::shared_ptr<Points> out) {
    return [data, checkpoint, out](const taxa::ProgressFn& progress) {
        const QString path = mapPath(checkpoint);
        if (path.isEmpty())
            throw taxa::Error(checkpoint.toStdString() +
                              ": not in a run's checkpoints folder, so its map has no place");
        const taxa::FeatureStore store = LookAlikeJob::currentOrComputed(
            *data, checkpoint, LookAlikeJob::featuresPath(checkpoint), progress);
        taxa::embed::FeatureMapOptions options;
        options.splits = {taxa::Split::Train, taxa::Split::Val};
        const taxa::embed::FeatureMap map = taxa::embed::mapFeatures(store, options, progress);
        taxa::embed::writeFeatureMap(map, path.toStdString());
        *out = FeatureMapPoints::join(map, *data, path.toStdString());
    };
}
