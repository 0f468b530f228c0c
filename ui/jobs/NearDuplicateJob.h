#pragma once
/// @file NearDuplicateJob.h
/// @brief The work behind the summary's "near-duplicates by features" check: images of
/// different splits whose stored features are nearly the same (core/embed/NearDuplicates.h),
/// from a features file the user picked or from the analysed run's features (computed through
/// the ML engine and saved when missing or made by another checkpoint).

#include <QCoreApplication>
#include <QString>
#include <memory>

#include "embed/NearDuplicateReport.h"
#include "state/LoadedDataset.h"
#include "workers/BackgroundJob.h"

class NearDuplicateJob {
    Q_DECLARE_TR_FUNCTIONS(NearDuplicateJob)

  public:
    using Report = taxa::embed::NearDuplicateReport;

    /// @brief Reads the store at @p features, checks that each row is an image of @p data
    /// (taxa::Error naming the file otherwise) and finds the cross-split pairs at or above
    /// @p threshold.
    static BackgroundJob::Work find(std::shared_ptr<const LoadedDataset> data,
                                    const QString& features, double threshold,
                                    std::shared_ptr<Report> out);
    /// @brief As find() over the run's own features (LookAlikeJob::featuresPath of
    /// @p checkpoint): read when they are the checkpoint's, else computed and saved first.
    static BackgroundJob::Work ofRun(std::shared_ptr<const LoadedDataset> data,
                                     const QString& checkpoint, double threshold,
                                     std::shared_ptr<Report> out);
};
