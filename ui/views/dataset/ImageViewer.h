#pragma once
/// @file ImageViewer.h
/// @brief One dataset image, large, with what the dataset knows about it.

#include <QWidget>
#include <memory>

#include "state/LoadedDataset.h"

class QFormLayout;
class QLabel;
class ThumbnailLoader;

/// @brief Shows an image scaled to fit, decoded off the GUI thread, with its file, split,
/// species, size, rights holder, and location, date and observer when known; the object's
/// bounding box (CUB, NABirds) is drawn over it.
class ImageViewer : public QWidget {
    Q_OBJECT

  public:
    explicit ImageViewer(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const LoadedDataset> data);
    /// @brief Shows an image (index into Dataset::images), or nothing with -1.
    void showImage(int32_t imageIndex);
    int32_t image() const { return image_; }
    ThumbnailLoader* loader() const { return loader_; }
    /// @brief The metadata value shown for a field label (for tests), or empty if hidden.
    QString field(const QString& label) const;
    /// @brief Where the image and its bounding box are drawn, in canvas pixels; empty when
    /// nothing is (tests).
    QRect drawnImage() const;
    QRect drawnBox() const;

  private:
    class Canvas;
    void updatePixmap();
    void setField(QLabel* value, const QString& text);

    std::shared_ptr<const LoadedDataset> data_;
    int32_t image_ = -1;
    QString path_;
    ThumbnailLoader* loader_;
    Canvas* canvas_;
    QFormLayout* form_;
    QLabel* file_;
    QLabel* split_;
    QLabel* species_;
    QLabel* size_;
    QLabel* holder_;
    QLabel* location_;
    QLabel* date_;
    QLabel* observer_;
    QLabel* box_;
};
