#pragma once
/// @file RunFolder.h
/// @brief What a training run folder holds (config.json, metrics.jsonl, checkpoints) for the
/// past-runs list and the curves, in Qt types. The format itself is core's (train/RunFolder.h,
/// RunSummary.h, MetricsTail.h); these adapt it. Plain functions: callers run them off the GUI
/// thread.

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>
#include <vector>

#include "train/RunFolder.h"
#include "train/TrainConfig.h"
#include "train/TrainTypes.h"

/// @brief One run, as the past-runs list shows it.
struct RunInfo {
    QString path;        ///< Absolute folder.
    QString name;        ///< Folder name.
    QDateTime modified;  ///< Of metrics.jsonl, else config.json.
    QString configJson;  ///< config.json as written.
    taxa::TrainConfig config;
    QString error;         ///< Why config.json could not be read; empty when it could.
    int epochsDone = 0;    ///< Epochs logged in metrics.jsonl.
    double bestTop1 = -1;  ///< Best val (or minival) top-1 logged; -1 before the first epoch.
    bool hasLast = false;  ///< checkpoints/last.pt exists.
    bool hasBest = false;  ///< checkpoints/best.pt exists.

    int totalEpochs() const { return error.isEmpty() ? config.totalEpochs() : 0; }
    /// @brief All epochs of all stages are logged.
    bool finished() const { return error.isEmpty() && epochsDone >= totalEpochs(); }
};

/// @brief The curves of a run: steps as logged (every 10th step), epochs with evaluation.
struct RunMetrics {
    QVector<double> step, loss, lr;
    QVector<double> epoch, epochStep, valTop1, valTop3, trainTop1;

    bool isEmpty() const { return step.isEmpty() && epoch.isEmpty(); }
};

/// @brief Core's run folder (train/RunFolder.h) of @p dir, paths in the local 8-bit encoding
/// as QFile opens them.
taxa::RunFolder runFolder(const QString& dir);
/// @brief A path from core, back as Qt names it.
QString qtPath(const std::string& path);
/// @brief The run of RUN/checkpoints/X.pt; none for a checkpoint outside a run.
std::optional<taxa::RunFolder> runOfCheckpoint(const QString& checkpoint);
/// @brief The run of RUN/predictions/F; none for a file elsewhere.
std::optional<taxa::RunFolder> runOfPredictions(const QString& file);

/// @brief @p dir holds a run (its config.json exists).
bool holdsRun(const QString& dir);

/// @brief Reads a run folder; a broken config.json is reported in RunInfo::error.
RunInfo readRunInfo(const QString& folder);
/// @brief The runs under @p root (folders holding config.json), newest first.
std::vector<RunInfo> scanRuns(const QString& root);
/// @brief Parses metrics.jsonl of @p folder; unreadable lines are skipped (a killed run may
/// leave half a line at the end).
RunMetrics readRunMetrics(const QString& folder);

/// @brief The records of metrics.jsonl after a byte offset, as the trainer reported them.
struct MetricsTail {
    std::vector<taxa::StepMetrics> steps;    ///< Without stageName and batches (not logged).
    std::vector<taxa::EpochMetrics> epochs;  ///< Without totalEpochs (not logged).
    qint64 offset = 0;                       ///< Just past the last whole line read.
};

/// @brief Parses the whole lines of @p folder's metrics.jsonl from byte @p offset on, for
/// following a run another process writes: a line still being written is left for the next
/// call. A missing file reads as nothing; anything but a regular file is not opened.
MetricsTail readMetricsTail(const QString& folder, qint64 offset);
/// @brief The curves of the records in @p tail.
RunMetrics metricsOf(const MetricsTail& tail);
