#pragma once
/// @file NearDuplicatePairDialog.h
/// @brief Two images of different splits whose features are nearly the same, side by side at
/// a readable size, each with its file, split and species, and their similarity above.

#include <QDialog>
#include <memory>

#include "state/LoadedDataset.h"

class ImageViewer;
class QLabel;

/// @brief A window beside the summary (not modal): choosing another pair replaces the two.
class NearDuplicatePairDialog : public QDialog {
    Q_OBJECT

  public:
    explicit NearDuplicatePairDialog(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const LoadedDataset> data);
    /// @brief Shows images @p a and @p b (indices into Dataset::images) of cosine @p similarity
    /// by the features in @p features.
    void showPair(int32_t a, int32_t b, double similarity, const QString& features);

    ImageViewer* first() const { return first_; }
    ImageViewer* second() const { return second_; }
    QString heading() const;

  signals:
    /// @brief "Show in the species view" under one of the images.
    void imageRequested(int imageIndex);

  private:
    QWidget* side(ImageViewer* viewer);

    QLabel* heading_;
    ImageViewer* first_;
    ImageViewer* second_;
};
