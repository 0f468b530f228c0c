#pragma once
/// @file PairView.h
/// @brief Two species side by side: training images of each, and the val images of each that
/// were taken for the other, most likely label errors (or hardest) first; a val image clicked
/// shows below with its scores.

#include <QWidget>
#include <memory>

#include "state/AnalysisResult.h"

class ImageEvidence;
class LookAlikesView;
class QComboBox;
class QLabel;
class QListView;
class ThumbnailLoader;
class ThumbnailModel;
class WorldMap;

/// @brief Shows a confused pair. Thumbnails decode on the loader's threads; double-clicking one
/// asks to open the image.
class PairView : public QWidget {
    Q_OBJECT

  public:
    explicit PairView(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const LoadedDataset> data,
                   std::shared_ptr<const AnalysisResult> result);
    /// @brief Shows classes @p a and @p b; -1 clears.
    void showPair(int32_t a, int32_t b);
    int32_t classA() const { return a_; }
    int32_t classB() const { return b_; }

    /// @brief Models of the four grids: [0] train A, [1] A taken for B, [2] train B,
    /// [3] B taken for A.
    ThumbnailModel* grid(int i) const { return models_[i]; }
    ThumbnailLoader* loader() const { return loader_; }
    /// @brief Order of the val images taken for the other species.
    void setImageOrder(ImageOrder order);
    ImageOrder imageOrder() const;
    /// @brief Shows a val image (dataset index) of the pair with its scores.
    void chooseImage(int32_t image);
    /// @brief Whether a chosen val image shows below with its scores (off where the view is
    /// too narrow for it).
    void setEvidenceShown(bool shown);
    ImageEvidence* evidence() const { return evidence_; }
    /// @brief The saliency overlay on the chosen photo: why the guess, not the label.
    void showWhy();
    /// @brief The chosen val image's nearest training images of A, of B and of any species.
    LookAlikesView* lookAlikes() const { return lookAlikes_; }
    /// @brief Both species' ranges and where the mistaken val photos were taken.
    WorldMap* map() const { return map_; }

  signals:
    void imageRequested(int imageIndex);

  private:
    std::vector<int32_t> trainImages(int32_t c) const;

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> result_;
    int32_t a_ = -1, b_ = -1;
    ThumbnailLoader* loader_;
    ThumbnailModel* models_[4];
    QListView* views_[4];
    QLabel* titles_[2];
    QLabel* captions_[4];
    QLabel* hint_;
    QWidget* orderBar_;
    QComboBox* order_;
    ImageEvidence* evidence_;
    LookAlikesView* lookAlikes_;
    bool evidenceShown_ = true;
    WorldMap* map_;
};
