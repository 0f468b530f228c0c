#pragma once
/// @file ConfusedPairsView.h
/// @brief The confused-pairs tab: the table of pairs, and the chosen pair side by side.

#include <QWidget>
#include <memory>

#include "state/AnalysisResult.h"

class ConfusedPairsModel;
class PairView;
class QScrollArea;
class QSortFilterProxyModel;
class QTableView;

/// @brief Most confused pairs first; choosing a row shows both species' images.
class ConfusedPairsView : public QWidget {
    Q_OBJECT

  public:
    explicit ConfusedPairsView(QWidget* parent = nullptr);

    /// @brief Shows the pairs of @p result, keeping the pair on screen if it is still listed.
    void setResult(std::shared_ptr<const LoadedDataset> data,
                   std::shared_ptr<const AnalysisResult> result);
    /// @brief Selects the pair of classes @p a and @p b (either order).
    void showPair(int32_t a, int32_t b);

    ConfusedPairsModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    PairView* pairView() const { return pair_; }
    /// @brief Scrolls the pair down to its chosen val image and the look-alikes under it.
    void scrollToEvidence();
    /// @brief Switches the saliency overlay on (why the guess, not the label) and, once laid
    /// out, scrolls the photo with its overlay and the look-alikes into view.
    void showWhy();

  signals:
    void imageRequested(int imageIndex);
    /// @brief The pair of classes @p a and @p b is now on screen.
    void pairChosen(int32_t a, int32_t b);

  private:
    int rowOf(int32_t a, int32_t b) const;

    ConfusedPairsModel* model_;
    QSortFilterProxyModel* sort_;
    QTableView* table_;
    PairView* pair_;
    QScrollArea* scroll_;
};
