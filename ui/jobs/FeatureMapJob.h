#pragma once
/// @file FeatureMapJob.h
/// @brief The work behind the feature map: a run's map (features.map.bin beside its
/// features.bin), read, or computed (the features first through the ML engine when the run
/// has none of its checkpoint, then the layout in core) and saved; then joined to the dataset.

#include <QString>
#include <memory>

#include "state/FeatureMapPoints.h"
#include "workers/BackgroundJob.h"

class FeatureMapJob {
  public:
    using Points = std::shared_ptr<const FeatureMapPoints>;

    /// @brief Where a run keeps the map of @p checkpoint's features; empty outside a run.
    static QString mapPath(const QString& checkpoint);
    /// @brief The run holds a map made from the features of @p checkpoint: the features are
    /// current (named by content) and the map was written after them.
    static bool mapCurrent(const QString& checkpoint);
    /// @brief Reads the map at @p path and joins it to @p data.
    static BackgroundJob::Work read(std::shared_ptr<const LoadedDataset> data, const QString& path,
                                    std::shared_ptr<Points> out);
    /// @brief Maps the train and val images of @p data as @p checkpoint sees them, computing and
    /// saving the run's features first when they are missing or of another model, and saves
    /// the map beside them.
    static BackgroundJob::Work compute(std::shared_ptr<const LoadedDataset> data,
                                       const QString& checkpoint, std::shared_ptr<Points> out);
};
