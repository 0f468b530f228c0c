#pragma once
/// @file SaliencyOverlay.h
/// @brief "Why A, not B" over a val photo: the controls under it (what to show, the overlay's
/// opacity, one line of what it means) and the heat map painted over the photo. The map comes
/// from the ML engine (eval/Saliency.h) on a worker thread, only once a person picks what to
/// show: the explorer never loads the engine unasked.

#include <QImage>
#include <QPixmap>
#include <QWidget>
#include <memory>
#include <optional>

#include "eval/SaliencyTypes.h"
#include "state/AnalysisResult.h"

class BackgroundJob;
class QComboBox;
class QLabel;
class QSlider;

class SaliencyOverlay : public QWidget {
    Q_OBJECT

  public:
    /// @brief What the overlay shows.
    enum Mode { Off, Contrast, Guess };

    explicit SaliencyOverlay(QWidget* parent = nullptr);

    /// @brief The predictions' dataset and checkpoint (none: the overlay says why it is off).
    void setResult(std::shared_ptr<const LoadedDataset> data,
                   std::shared_ptr<const AnalysisResult> result);
    /// @brief The val image on show (-1: none), its top guess and, to contrast with, its label
    /// or (when the guess is right) its second guess.
    void setImage(int32_t image, int32_t guess, int32_t other);
    /// @brief @p photo (the whole image scaled) with the current map over it at the chosen
    /// opacity; @p photo itself while there is none.
    QPixmap compose(const QPixmap& photo) const;

    void setMode(Mode mode);
    Mode mode() const;
    /// @brief Opacity in percent.
    void setOpacity(int percent);
    /// @brief The map on show, if any.
    const std::optional<taxa::SaliencyMap>& map() const { return map_; }
    QString note() const;
    bool busy() const;

  signals:
    /// @brief The picture to paint changed (a new map, another opacity, or none).
    void changed();

  private:
    struct Request {
        int32_t image = -1, a = -1, b = -1;
        bool operator==(const Request& o) const { return image == o.image && a == o.a && b == o.b; }
    };
    Request wanted() const;
    void refresh();
    void finished(const Request& done, const std::optional<taxa::SaliencyMap>& map,
                  const QString& error);
    QString explanation() const;

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> result_;
    int32_t image_ = -1, guess_ = -1, other_ = -1;
    BackgroundJob* job_;
    QComboBox* mode_;
    QSlider* opacity_;
    QLabel* note_;
    std::optional<taxa::SaliencyMap> map_;
    Request shown_;        ///< What map_ is of.
    bool failed_ = false;  ///< Computing shown_ failed (the note says why).
    Request computing_;    ///< What the running job computes.
    QImage heat_;          ///< map_ coloured, at the map's size.
    std::shared_ptr<std::optional<taxa::SaliencyMap>> pending_;  ///< The job's result.
};
