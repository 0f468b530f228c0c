#pragma once
/// @file FeatureMapCanvas.h
/// @brief The feature map on screen: every point drawn into one image (FeatureMapRaster) on
/// each change of view, which takes a few milliseconds for 437k points, so panning and zooming
/// stay direct. Drag to pan (or draw a lasso or a rectangle, by tool), wheel to zoom around the
/// cursor, double-click to see the whole map; hovering names the point under the cursor.

#include <QImage>
#include <QPolygonF>
#include <QWidget>
#include <memory>
#include <vector>

#include "views/analysis/FeatureMapRaster.h"

class FeatureMapCanvas : public QWidget {
    Q_OBJECT

  public:
    enum class Tool { Pan, Lasso, Rectangle };

    explicit FeatureMapCanvas(QWidget* parent = nullptr);

    /// @brief Shows @p points coloured by @p colours, fitted to the widget.
    void setPoints(std::shared_ptr<const FeatureMapPoints> points, PointColours colours);
    void setColours(PointColours colours);
    /// @brief Draws these points larger on top of the others, faded (none: all as usual).
    void setHighlighted(std::vector<int32_t> points);
    const std::vector<int32_t>& highlighted() const { return highlighted_; }
    void setTool(Tool tool) { tool_ = tool; }
    Tool tool() const { return tool_; }
    /// @brief A line shown in the middle while there is no map.
    void setEmptyText(const QString& text);
    /// @brief Zooms to the whole map.
    void fit();
    /// @brief Marks a point with a ring (-1: none).
    void setMarked(int32_t point);

    /// @brief The view in device pixels, and the point under logical position @p pos (-1).
    const MapView& view() const { return view_; }
    void setView(const MapView& view);
    int32_t pointAt(QPointF pos) const;
    /// @brief Selects the points inside @p shape (logical pixels) as a drawn lasso would.
    void selectInside(const QPolygonF& shape);
    const QImage& image() const { return image_; }
    /// @brief Microseconds the last redraw of the points took.
    qint64 lastDrawMicros() const { return lastDrawMicros_; }

    QSize sizeHint() const override { return {720, 560}; }
    QSize minimumSizeHint() const override { return {200, 180}; }

  signals:
    /// @brief The point under the cursor changed (-1: none).
    void hovered(int32_t point);
    /// @brief A point was clicked (-1: empty space).
    void clicked(int32_t point);
    /// @brief A lasso or rectangle closed around these points.
    void selected(const std::vector<int32_t>& points);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    QSize deviceSize() const;
    void redraw();
    void paintOverlay(QPainter& painter) const;
    QPolygonF shapeSoFar(QPointF end) const;
    void drag(QPointF pos);
    void hover(QPointF pos);

    std::shared_ptr<const FeatureMapPoints> points_;
    PointColours colours_;
    std::vector<int32_t> highlighted_;
    MapView view_;
    double fitScale_ = 1;
    bool userMoved_ = false;  ///< Panned or zoomed since the last fit: a resize keeps the view.
    QImage image_;
    bool dirty_ = true;
    qint64 lastDrawMicros_ = 0;
    Tool tool_ = Tool::Pan;
    QString emptyText_;
    int32_t hovered_ = -1, marked_ = -1;
    bool pressed_ = false, moved_ = false;
    QPointF pressPos_, lastPos_;
    QPolygonF lasso_;  ///< Logical pixels, while drawing.
};
