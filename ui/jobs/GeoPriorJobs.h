#pragma once
/// @file GeoPriorJobs.h
/// @brief The work behind the Geo prior tab: train the network prior (ML engine) or build the
/// grid prior and save it, open one, score it alone on val, and multiply val predictions by it.
/// Each returns a BackgroundJob::Work that fills an output the caller reads once it succeeded.

#include <QCoreApplication>
#include <QString>
#include <memory>

#include "eval/Predictions.h"
#include "geo/GeoPrior.h"
#include "state/AnalysisResult.h"
#include "workers/BackgroundJob.h"

class GeoPriorJobs {
    Q_DECLARE_TR_FUNCTIONS(GeoPriorView)

  public:
    /// @brief A prior made or opened, and what to say about how it was made.
    struct Made {
        std::shared_ptr<taxa::geo::GeoPrior> prior;
        QString summary;
    };
    using Data = std::shared_ptr<const LoadedDataset>;
    using Prior = std::shared_ptr<const taxa::geo::GeoPrior>;

    /// @brief Trains the network prior (the paper's settings unless @p epochs > 0), saves it at
    /// @p path.
    static BackgroundJob::Work trainNetwork(Data data, const QString& path, int epochs,
                                            std::shared_ptr<Made> out);
    /// @brief Builds the grid prior, saves it at @p path.
    static BackgroundJob::Work buildGrid(Data data, const QString& path, std::shared_ptr<Made> out);
    /// @brief Reads a GEO file and checks it fits the dataset.
    static BackgroundJob::Work open(Data data, const QString& path, std::shared_ptr<Made> out);
    /// @brief How well the prior alone names the located val photos, in one sentence.
    static BackgroundJob::Work scoreAlone(Data data, Prior prior, std::shared_ptr<QString> out);
    /// @brief The predictions in @p scoresFile times the prior.
    static BackgroundJob::Work combine(Data data, Prior prior, const QString& scoresFile,
                                       std::shared_ptr<taxa::PredictionSet> out);

    /// @brief Where a new prior of @p kind for the dataset is saved (under the runs folder).
    static QString savePath(const LoadedDataset& data, const QString& kind);
    /// @brief The predictions with scores behind an analysis: the top-k store beside a Kaggle
    /// CSV; empty when there is none.
    static QString scoresFile(const AnalysisResult& a);
    /// @brief The dataset's last prior (a setting), or empty.
    static QString remembered(const LoadedDataset& data);
    static void remember(const LoadedDataset& data, const QString& path);
};
