#pragma once
/// @file ConfusionBrowser.h
/// @brief The confusion-matrix tab for many classes: only the confusions that occur, rows and
/// columns in taxonomy order, zooming from supercategories down to species one block at a time;
/// a species cell opens the pair.

#include <QVector>
#include <QWidget>
#include <memory>

#include "state/AnalysisResult.h"
#include "views/analysis/ConfusionMatrixView.h"

class QComboBox;
class QLabel;
class QToolButton;

class ConfusionBrowser : public QWidget {
    Q_OBJECT

  public:
    explicit ConfusionBrowser(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const LoadedDataset> data,
                   std::shared_ptr<const AnalysisResult> result);
    /// @brief What a click on a slice cell does: zoom into the two taxa, or at species level
    /// ask for the pair.
    void activate(int32_t cell);
    /// @brief Back to the block one level up.
    void zoomOut();
    /// @brief Rows and columns by @p level (finer than the block in view).
    void setLevel(taxa::ConfusionLevel level);
    taxa::ConfusionLevel level() const { return frames_.back().level; }
    /// @brief How deep the view is: 0 for the whole matrix.
    int depth() const { return int(frames_.size()) - 1; }
    QString trail() const;

    ConfusionMatrixView* matrix() const { return matrix_; }

  signals:
    /// @brief Species @p truth taken for species @p predicted: show them side by side.
    void pairRequested(int32_t truth, int32_t predicted);

  private:
    /// One view: rows and columns by a level, within a block of the level above.
    struct Frame {
        taxa::ConfusionLevel level = taxa::ConfusionLevel::Supercategory;
        taxa::ConfusionFocus rows, cols;
        QString label;
    };
    void showFrame();
    ConfusionMatrixView::Axis axis(taxa::ConfusionLevel level,
                                   const std::vector<int32_t>& groups) const;
    int32_t classOf(int32_t speciesGroup) const;

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> result_;
    QVector<Frame> frames_;
    QToolButton* up_;
    QLabel* trail_;
    QComboBox* levels_;
    QLabel* status_;
    ConfusionMatrixView* matrix_;
};
