#pragma once
/// @file LookAlikeJob.h
/// @brief The work behind the look-alikes: a run's penultimate features (features.bin in its
/// predictions folder), read, or computed through the ML engine and saved, then indexed for
/// nearest-neighbour search.

#include <QString>
#include <memory>

#include "eval/FeatureStore.h"
#include "eval/LookAlikes.h"
#include "state/LoadedDataset.h"
#include "workers/BackgroundJob.h"

class LookAlikeJob {
  public:
    using Index = std::shared_ptr<const taxa::LookAlikeIndex>;

    /// @brief Where a run keeps its features: RUN/predictions/features.bin for the checkpoint
    /// RUN/checkpoints/X.pt; empty for a checkpoint outside a run.
    static QString featuresPath(const QString& checkpoint);
    /// @brief The store at @p path was computed with @p checkpoint (named by content: features
    /// of another model would show what another model found alike).
    static bool featuresCurrent(const QString& path, const QString& checkpoint);
    /// @brief The store at @p path if it is of @p checkpoint, else computed with it through the
    /// engine and saved there (the look-alikes, the feature map and near-duplicates share it).
    static taxa::FeatureStore currentOrComputed(const LoadedDataset& data,
                                                const QString& checkpoint, const QString& path,
                                                const taxa::ProgressFn& progress);
    /// @brief Reads the store at @p path into an index.
    static BackgroundJob::Work read(std::shared_ptr<const LoadedDataset> data, const QString& path,
                                    std::shared_ptr<Index> out);
    /// @brief Computes every train and val image's features with @p checkpoint, saves them at
    /// @p path, and indexes them.
    static BackgroundJob::Work compute(std::shared_ptr<const LoadedDataset> data,
                                       const QString& checkpoint, const QString& path,
                                       std::shared_ptr<Index> out);
};
