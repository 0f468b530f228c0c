#pragma once
/// @file WorldMap.h
/// @brief An interactive world map (equirectangular) of observation layers: drag to pan, wheel
/// to zoom around the cursor, double-click to see all the points again. Rendering runs on the
/// thread pool; while a new image is on its way the last one is shown moved and scaled to the
/// new view, so panning never waits.

#include <QElapsedTimer>
#include <QFontMetrics>
#include <QFutureWatcher>
#include <QImage>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <utility>
#include <vector>

#include "views/maps/MapRenderer.h"

class WorldMap : public QWidget {
    Q_OBJECT

  public:
    explicit WorldMap(QWidget* parent = nullptr);
    ~WorldMap() override;

    /// @brief Shows @p scene; with @p fit, zooms to its points (else keeps the view).
    void setScene(std::shared_ptr<const MapScene> scene, bool fit = true);
    std::shared_ptr<const MapScene> scene() const { return scene_; }
    void setStyle(const MapStyle& style);
    /// @brief A line shown in the middle when the scene has no points (e.g. no locations).
    void setEmptyText(const QString& text);

    /// @brief Centre (degrees) and scale (degrees per logical pixel) of the view.
    QPointF centre() const { return centre_; }
    double scale() const { return scale_; }
    void setView(QPointF centre, double degreesPerPixel);
    /// @brief The whole world.
    void showWorld();
    /// @brief Zooms to the points of the scene (the world when there are none).
    void fitScene();
    /// @brief The view as the renderer sees it, in device pixels.
    taxa::geo::MapWindow window() const;

    /// @brief The last finished image and how its layers were drawn.
    const QImage& image() const { return image_; }
    const std::vector<LayerDrawn>& drawn() const { return drawn_; }
    /// @brief Milliseconds from the last view change to its image on screen.
    qint64 lastRenderMs() const { return lastRenderMs_; }
    /// @brief Pixels the legend covers from the top (0 without layers): fitting leaves them.
    int legendHeight() const;
    /// @brief The legend's lines as drawn: a layer's label and count, shortened in the middle
    /// where the map is too narrow for them.
    QStringList legendLines() const;
    /// @brief True while an image is being drawn.
    bool isRendering() const { return watcher_.isRunning(); }

    QSize sizeHint() const override { return {720, 380}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

  signals:
    /// @brief A rendering reached the screen.
    void rendered();

  protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    struct Result {
        QImage image;
        taxa::geo::MapWindow window;  ///< What the image shows.
        std::vector<LayerDrawn> drawn;
    };
    void requestRender();
    void startRender();
    void finished();
    double maxScale() const;
    void clampView();
    QPointF toDegrees(QPointF pixel) const;
    void drawLegend(QPainter& p) const;
    std::vector<std::pair<size_t, QString>> legendRows(const QFontMetrics& fm) const;
    static constexpr int kLegendPad = 6;
    QFont legendFont() const;

    std::shared_ptr<const MapScene> scene_;
    MapStyle style_;
    QString emptyText_;
    QPointF centre_{0, 0};
    double scale_ = 1;
    /// What a resize keeps: the whole world, the scene's points, or the person's own view.
    enum class Follow { World, Scene, Own };
    Follow follow_ = Follow::World;
    QImage image_;
    taxa::geo::MapWindow imageWindow_;
    std::vector<LayerDrawn> drawn_;
    QFutureWatcher<Result> watcher_;
    bool pending_ = false;
    QElapsedTimer sinceChange_;
    qint64 lastRenderMs_ = -1;
    QPoint dragFrom_;
    QPointF dragCentre_;
    bool dragging_ = false;
    QPointF cursor_{NAN, NAN};  ///< Degrees under the mouse, for the read-out.
};
