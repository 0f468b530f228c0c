#pragma once
/// @file ImageEvidence.h
/// @brief One val image and what the model said about it: the photo, its label, the top-k
/// classes with their probabilities, hardness and mistakenness; under the photo, where the
/// evidence for the guess over the label lies (SaliencyOverlay).
///
/// Layout, for what the engine adds later: the photo sits alone in photoColumn() (a saliency
/// overlay goes over it, its opacity slider under it in that column); the details column is
/// beside it; rows below the two (e.g. the nearest training images of A, of B and of any class)
/// go into the outer vertical layout, rows(); a companion such as a map goes under the details
/// (addBesidePhoto). A click on the photo doubles it, and a second click shrinks it back.

#include <QWidget>
#include <memory>

#include "state/AnalysisResult.h"

class QLabel;
class QPushButton;
class QVBoxLayout;
class SaliencyOverlay;
class ScoreBars;
class ThumbnailLoader;

class ImageEvidence : public QWidget {
    Q_OBJECT

  public:
    explicit ImageEvidence(int photoSide, QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const LoadedDataset> data,
                   std::shared_ptr<const AnalysisResult> result);
    /// @brief Shows a dataset image that has a prediction; -1 (or one without) clears.
    void showImage(int32_t image);
    int32_t image() const { return image_; }
    /// @brief Whether to offer "Open the pair" (not where the pair is already on screen) and
    /// "In species view" (not where a double-click on the thumbnail does it).
    void setButtonsShown(bool pair, bool species);

    ScoreBars* bars() const { return bars_; }
    /// @brief The "why the guess, not the label" overlay under the photo.
    SaliencyOverlay* overlay() const { return overlay_; }
    QString details() const;
    QVBoxLayout* photoColumn() const { return photoColumn_; }
    QVBoxLayout* rows() const { return rows_; }
    /// @brief Puts @p widget under the details, beside the photo.
    void addBesidePhoto(QWidget* widget, int stretch = 0);
    /// @brief Shows the photo at twice its side (or back); the decode is made for both sizes.
    void setZoomed(bool zoomed);
    bool zoomed() const { return zoomed_; }
    /// @brief The side the photo is shown at now.
    int photoSide() const;

  signals:
    /// @brief The image's label and top-1 class, to be shown side by side.
    void pairRequested(int32_t truth, int32_t predicted);
    void imageRequested(int imageIndex);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void showPhoto();
    QString statsText(int32_t row) const;

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> result_;
    int32_t image_ = -1;
    int side_;
    bool zoomed_ = false;
    QString path_;
    ThumbnailLoader* loader_;
    QLabel* photo_;
    SaliencyOverlay* overlay_;
    QLabel* title_;
    ScoreBars* bars_;
    QLabel* stats_;
    QPushButton* pair_;
    QPushButton* open_;
    QVBoxLayout* photoColumn_;
    QVBoxLayout* details_;
    QVBoxLayout* rows_;
};
