#pragma once
/// @file AnalysisResult.h
/// @brief One analysed prediction set with what the Analysis panel looks up from it: the
/// report, and each class's mistaken val images. Built off the GUI thread, then read-only.

#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "eval/Analysis.h"
#include "eval/ConfusionIndex.h"
#include "eval/LabelErrors.h"
#include "state/LoadedDataset.h"

/// @brief A val image whose first guess was wrong.
struct Mistake {
    int32_t image = 0;      ///< Index into Dataset::images.
    int32_t predicted = 0;  ///< Class of the first guess.
};

/// @brief Orders in which a view lists val images.
enum class ImageOrder {
    Mistakenness,  ///< Most likely label error first.
    Hardness,      ///< Most uncertain prediction first.
    Dataset,       ///< As in the annotation file.
};

/// @brief Predictions of the val split, analysed.
struct AnalysisResult {
    QString label;   ///< Shown in the panel: the run or file name.
    QString source;  ///< The predictions file, if read from one.
    /// The checkpoint that made them, where known (a run folder's checkpoints/best.pt): what
    /// the saliency overlay and the look-alikes need.
    QString checkpoint;
    taxa::AnalysisReport report;
    std::vector<std::vector<Mistake>> mistakes;  ///< By true class.

    // Per prediction row (the split's images in dataset order):
    taxa::PredictionSet predictions;       ///< Each image's top-k classes and scores.
    std::vector<int32_t> rowImage;         ///< Index into Dataset::images.
    std::vector<int32_t> truths;           ///< True class.
    std::vector<taxa::ImageScore> scores;  ///< Hardness, mistakenness; zero without scores.
    bool hasScores = false;                ///< The predictions carry scores (top-k store).
    std::vector<int32_t> labelErrors;      ///< Rows of wrong predictions, most mistaken first.
    std::vector<float> classHardness;      ///< Mean hardness of each class's images.
    /// Temperature fitted on minival, and the calibration with it applied.
    std::optional<taxa::TemperatureFit> temperature;
    std::optional<taxa::CalibrationReport> scaledCalibration;
    taxa::ConfusionIndex confusion;  ///< The errors, taxonomy-ordered, for the matrix browser.

    /// @brief Val images of @p truth predicted as @p predicted.
    std::vector<int32_t> mistakenAs(int32_t truth, int32_t predicted) const;
    /// @brief Prediction row of a dataset image, or -1 if it has none.
    int32_t rowOfImage(int32_t image) const;
    /// @brief Scores of a dataset image, or nullptr if it has no prediction.
    const taxa::ImageScore* scoreOfImage(int32_t image) const;
    /// @brief Sorts dataset images in @p order (stable; images without scores keep their
    /// place at the end).
    void sortImages(std::vector<int32_t>& images, ImageOrder order) const;

    /// @brief Analyses @p predictions of @p data's val split (bucket edges of Buckets.h).
    /// Throws taxa::Error.
    static std::shared_ptr<AnalysisResult> compute(const LoadedDataset& data,
                                                   const taxa::PredictionSet& predictions,
                                                   const QString& label);
    /// @brief Reads a Kaggle CSV or top-k store, then compute(). Throws taxa::Error.
    static std::shared_ptr<AnalysisResult> fromFile(const LoadedDataset& data, const QString& path);

  private:
    void scoreRows(const LoadedDataset& data);
    std::unordered_map<int32_t, int32_t> rowOfImage_;
};

/// @brief Where two species' lineages first meet, as "genus Coccinella"; empty if nowhere.
QString commonTaxon(const taxa::Taxonomy& tax, int32_t a, int32_t b);
