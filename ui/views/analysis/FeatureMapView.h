#pragma once
/// @file FeatureMapView.h
/// @brief The Feature map tab: every train and val image of the analysed run placed by what
/// its model sees (a 2-D layout of the run's features), coloured by supercategory, right or
/// wrong, split or training-count bucket. Hovering or clicking a point shows its photo, label
/// and prediction; a lasso or rectangle lists the images inside; a species, a confused pair or
/// a label error chosen elsewhere is highlighted. The map is read or computed in the
/// background (FeatureMapJob).

#include <QWidget>
#include <memory>
#include <vector>

#include "jobs/FeatureMapJob.h"
#include "state/AnalysisResult.h"
#include "views/analysis/FeatureMapRaster.h"

class FeatureMapCanvas;
class JobStatus;
class QComboBox;
class QLabel;
class QListWidget;
class QAction;
class ThumbnailLoader;

class FeatureMapView : public QWidget {
    Q_OBJECT

  public:
    explicit FeatureMapView(QWidget* parent = nullptr);

    /// @brief Shows the map of @p result's run when it has one, else says how to make it.
    void setResult(std::shared_ptr<const LoadedDataset> data,
                   std::shared_ptr<const AnalysisResult> result);
    /// @brief Computes the map of the analysed run's checkpoint (features first if needed).
    bool computeMap();
    /// @brief Reads a map file (taxa-cli map-features) of this dataset.
    bool openMap(const QString& path);
    void setColouring(MapColouring mode);

    /// @brief Highlights the images of these classes, named @p what in the status line (once
    /// the map is read, when it is not yet).
    void highlightClasses(const std::vector<int32_t>& classes, const QString& what);
    /// @brief Highlights these dataset images (nothing while there is no map: a pair or a row
    /// chosen by the other tabs as they fill is not the user's choice).
    void highlightImages(const std::vector<int32_t>& images, const QString& what);
    void clearHighlight();

    FeatureMapCanvas* canvas() const { return canvas_; }
    JobStatus* status() const { return status_; }
    QListWidget* selection() const { return list_; }
    std::shared_ptr<const FeatureMapPoints> points() const { return points_; }
    /// @brief The dataset image shown beside the map (-1: none).
    int32_t previewImage() const { return preview_; }
    QString previewCaption() const;

  signals:
    void imageRequested(int imageIndex);

  private:
    QWidget* buildToolbar();
    QWidget* buildSide();
    void adopt(FeatureMapJob::Points points);
    void recolour();
    void showLegend(const PointColours& colours);
    void showPoint(int32_t point, bool pin);
    void showPreview(int32_t image);
    void updatePreviewPixmap();
    void highlightPoints(std::vector<int32_t> points, const QString& what);
    void listSelection(const std::vector<int32_t>& points);
    void chooseMapFile();
    void explainMissingMap();

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> result_;
    std::shared_ptr<const FeatureMapPoints> points_;
    MapColouring colouring_ = MapColouring::Supercategory;
    std::vector<int32_t> pendingClasses_;  ///< Highlighted before the map was there.
    QString pendingWhat_;
    int32_t preview_ = -1;
    bool pinned_ = false;  ///< A clicked point stays beside the map while the cursor moves on.
    FeatureMapCanvas* canvas_;
    JobStatus* status_;
    QComboBox* colourBy_ = nullptr;
    QAction* compute_ = nullptr;
    QLabel* legend_;
    QLabel* highlight_;
    QLabel* photo_;
    QLabel* caption_;
    QLabel* selectionTitle_;
    QListWidget* list_;
    ThumbnailLoader* loader_;
};
