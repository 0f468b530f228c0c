#pragma once
/// @file AnalysisResult.h
/// @brief One analysed prediction set with what the Analysis panel looks up from it: the
/// report, and each class's mistaken val images. Built off the GUI thread, then read-only.

#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

#include "eval/Analysis.h"
#include "models/LoadedDataset.h"

/// @brief A val image whose first guess was wrong.
struct Mistake {
    int32_t image = 0;      ///< Index into Dataset::images.
    int32_t predicted = 0;  ///< Class of the first guess.
};

/// @brief Predictions of the val split, analysed.
struct AnalysisResult {
    QString label;   ///< Shown in the panel: the run or file name.
    QString source;  ///< The predictions file, if read from one.
    taxa::AnalysisReport report;
    std::vector<std::vector<Mistake>> mistakes;  ///< By true class.

    /// @brief Val images of @p truth predicted as @p predicted.
    std::vector<int32_t> mistakenAs(int32_t truth, int32_t predicted) const;

    /// @brief Analyses @p predictions of @p data's val split (bucket edges of Buckets.h).
    /// Throws taxa::Error.
    static std::shared_ptr<AnalysisResult> compute(const LoadedDataset& data,
                                                   const taxa::PredictionSet& predictions,
                                                   const QString& label);
    /// @brief Reads a Kaggle CSV or top-k store, then compute(). Throws taxa::Error.
    static std::shared_ptr<AnalysisResult> fromFile(const LoadedDataset& data, const QString& path);
};

/// @brief Where two species' lineages first meet, as "genus Coccinella"; empty if nowhere.
QString commonTaxon(const taxa::Taxonomy& tax, int32_t a, int32_t b);
