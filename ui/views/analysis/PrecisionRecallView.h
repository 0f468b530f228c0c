#pragma once
/// @file PrecisionRecallView.h
/// @brief The precision-recall tab: how precision trades against recall as the top-1
/// confidence threshold falls, for the whole val split (micro-averaged) and for one species,
/// with B's curves dashed in a comparison. Needs scores (a top-k store).

#include <QHash>
#include <QWidget>
#include <memory>

#include "state/AnalysisResult.h"

class PrecisionRecallPlot;
class QLabel;
class QLineEdit;
class QStringListModel;

/// @brief The species shown is the per-class table's current one (AnalysisPanel passes it on)
/// or one typed into the species box, which completes names containing the text.
class PrecisionRecallView : public QWidget {
    Q_OBJECT

  public:
    explicit PrecisionRecallView(QWidget* parent = nullptr);

    /// @brief Shows @p a, compared with @p b when given; keeps the species if it still exists.
    void setResults(std::shared_ptr<const LoadedDataset> data,
                    std::shared_ptr<const AnalysisResult> a,
                    std::shared_ptr<const AnalysisResult> b = nullptr);
    /// @brief Adds class @p c's curve (-1: the split's only). Computed here, on the calling
    /// thread: one pass over the split's predictions.
    void showSpecies(int32_t c);
    int32_t species() const { return species_; }

    PrecisionRecallPlot* plot() const { return plot_; }
    QLineEdit* speciesBox() const { return speciesBox_; }
    /// @brief The line above the plot: the split's average precision, or why there is no curve.
    QString summary() const;
    /// @brief What the plot says of the species: its average precision, or why it has no curve.
    QString speciesNote() const;

  private:
    void speciesTyped(const QString& name);
    void redraw();
    QString speciesLine(const taxa::PrCurve& curve) const;

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> a_, b_;
    int32_t species_ = -1;
    QHash<QString, int32_t> classOfName_;  ///< Lower-cased species name -> class.
    QLabel* summary_;
    QLineEdit* speciesBox_;
    QStringListModel* names_;
    QLabel* speciesNote_;
    PrecisionRecallPlot* plot_;
};
