#pragma once
/// @file LookAlikesView.h
/// @brief For the val image on show in the pair view: the training images of A, of B and of
/// any species that it resembles most in the model's penultimate features (the run's
/// predictions/features.bin, read on first need; computed through the ML engine on request,
/// with progress and cancel, when the run has none).

#include <QWidget>
#include <memory>
#include <optional>

#include "eval/LookAlikes.h"
#include "state/AnalysisResult.h"

class JobStatus;
class QLabel;
class QListView;
class QPushButton;
class ThumbnailLoader;
class ThumbnailModel;

class LookAlikesView : public QWidget {
    Q_OBJECT

  public:
    LookAlikesView(ThumbnailLoader* loader, int thumbSide, QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const LoadedDataset> data,
                   std::shared_ptr<const AnalysisResult> result);
    /// @brief The pair whose classes the first two rows search.
    void setPair(int32_t a, int32_t b);
    /// @brief The val image to find look-alikes of (-1: none). Reads the run's features the
    /// first time, if it has them.
    void setImage(int32_t image);
    /// @brief Starts computing the run's features (as the button does).
    void computeFeatures();

    /// @brief [0] nearest training images of A, [1] of B, [2] of any species.
    ThumbnailModel* grid(int i) const { return models_[i]; }
    QString status() const;
    bool busy() const;
    /// @brief Where a run keeps its features: RUN/predictions/features.bin for the checkpoint
    /// RUN/checkpoints/X.pt; empty for a checkpoint outside a run.
    static QString featuresPath(const QString& checkpoint);

  signals:
    void imageRequested(int imageIndex);
    /// @brief The rows were filled (or emptied) for the current image.
    void shown();

  private:
    void startJob(const QString& what, bool engine);
    /// @brief The run has features, written after its checkpoint.
    bool featuresCurrent() const;
    void show();

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> result_;
    int32_t a_ = -1, b_ = -1, image_ = -1;
    QString path_;
    bool tried_ = false;  ///< Reading the file was tried for this result.
    std::shared_ptr<const taxa::LookAlikeIndex> index_;
    std::shared_ptr<std::shared_ptr<const taxa::LookAlikeIndex>> pending_;
    mutable std::optional<bool> current_;  ///< featuresCurrent(), once read.
    QString problem_;  ///< Why the last job failed or that it was cancelled, until the next.
    JobStatus* status_;
    QPushButton* compute_;
    ThumbnailModel* models_[3];
    QListView* views_[3];
    QLabel* captions_[3];
};
