#pragma once
/// @file SpeciesPanel.h
/// @brief One taxon at a time: its path, its counts, and for a species its images.

#include <QWidget>
#include <memory>

#include "state/LoadedDataset.h"

class ImageViewer;
class QLabel;
class QListView;
class QSplitter;
class QTimer;
class TaxonBreadcrumb;
class ThumbnailLoader;
class ThumbnailModel;

/// @brief The species view: a clickable breadcrumb of the taxonomy path, the counts, a grid of
/// the species' train and val thumbnails (only what is on screen is decoded) and an image
/// viewer with metadata for the chosen thumbnail. Higher taxa show their path and counts.
class SpeciesPanel : public QWidget {
    Q_OBJECT

  public:
    explicit SpeciesPanel(QWidget* parent = nullptr);

    /// @brief Shows @p data; with @p keepState (the same dataset, more fully loaded) the taxon
    /// and image on screen stay.
    void setDataset(std::shared_ptr<const LoadedDataset> data, bool keepState = false);
    /// @brief Shows a taxonomy node; for a species, its images.
    void showTaxon(int32_t taxon);
    /// @brief Shows a supercategory's counts.
    void showSupercategory(int index);
    /// @brief Shows the species of an image and selects the image in the grid.
    void showImage(int32_t imageIndex);
    int32_t taxon() const { return taxon_; }

    QListView* grid() const { return grid_; }
    ThumbnailModel* thumbnails() const { return thumbnails_; }
    ThumbnailLoader* loader() const { return loader_; }
    ImageViewer* viewer() const { return viewer_; }
    QSplitter* splitter() const { return split_; }

  signals:
    /// @brief A taxon in the breadcrumb was clicked.
    void taxonClicked(int taxon);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void reportVisibleRows();
    QString countsText(int species, int64_t train, int64_t val) const;

    std::shared_ptr<const LoadedDataset> data_;
    int32_t taxon_ = -1;
    TaxonBreadcrumb* breadcrumb_;
    QLabel* title_;
    QLabel* facts_;
    ThumbnailLoader* loader_;
    ThumbnailModel* thumbnails_;
    QListView* grid_;
    ImageViewer* viewer_;
    QSplitter* split_;
    QLabel* hint_;
    QTimer* visibleTimer_;
};
