#pragma once
/// @file PredictJob.h
/// @brief The work behind the Analysis panel: predictions read from a file, made with a
/// checkpoint through the ML engine (and saved in its run folder as taxa-cli predict names
/// them), or taken from a run; and the report written to a file. Views hand these to a
/// JobStatus and only show the result.

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

#include "eval/Predictions.h"
#include "state/AnalysisResult.h"
#include "util/Progress.h"

/// @brief Work that ends in an analysis of one prediction set.
using AnalysisWork = std::function<std::shared_ptr<AnalysisResult>(
    const LoadedDataset& data, const taxa::ProgressFn& progress)>;

class PredictJob {
    Q_DECLARE_TR_FUNCTIONS(PredictJob)

  public:
    /// @brief Reads a predictions file (Kaggle CSV or top-k store); one saved in a run's
    /// predictions/ folder keeps the run's best checkpoint (for saliency and look-alikes).
    static AnalysisWork readFile(const QString& path);
    /// @brief Analyses predictions already in memory.
    static AnalysisWork analyse(taxa::PredictionSet predictions, const QString& label);
    /// @brief Predicts the val split with @p checkpoint; a checkpoint in a run's checkpoints/
    /// saves val.csv and val.topk.csv in the run's predictions/.
    static AnalysisWork predict(const QString& checkpoint);
    /// @brief "RUN/best.pt" for a checkpoint of a run, else its file name.
    static QString checkpointLabel(const QString& checkpoint);

    /// @brief What analysing a run folder takes: its saved predictions while they are newer
    /// than its best checkpoint, else that checkpoint; both empty when it has neither.
    struct RunSource {
        QString predictions;
        QString checkpoint;
    };
    static RunSource runSource(const QString& runDir);

    /// @brief Writes the report of @p a (and @p b): .json in the evaluate --json schema, else
    /// CSV. False with @p error set when it cannot.
    static bool writeReport(const QString& path, const LoadedDataset& data, const AnalysisResult& a,
                            const AnalysisResult* b, QString* error);
};
