#pragma once
/// @file LongTailPlot.h
/// @brief Training images per species, sorted, on a log scale, coloured by supercategory.

#include <qcustomplot.h>
#include <memory>
#include <vector>

#include "state/LoadedDataset.h"

/// @brief The long tail: one point per species, most training images first. Hovering names
/// the species under the pointer, a click selects it, dragging and the wheel zoom along the
/// species axis. Built when first shown, so opening a dataset never waits for it.
class LongTailPlot : public QCustomPlot {
    Q_OBJECT

  public:
    explicit LongTailPlot(QWidget* parent = nullptr);

    /// @brief Shows @p data; a highlighted species stays highlighted if it is still a class.
    void setDataset(std::shared_ptr<const LoadedDataset> data);
    /// @brief Marks a species (class index), or none with -1.
    void highlightSpecies(int classIndex);
    /// @brief Class index of the species drawn under @p pos, or -1.
    int speciesAt(const QPoint& pos) const;
    /// @brief Widget position of a species' point (for tests and tooltips).
    QPointF pointOf(int classIndex) const;
    /// @brief Shows all species again after zooming.
    void resetZoom();

  signals:
    void speciesClicked(int classIndex);
    void speciesActivated(int classIndex);

  protected:
    void showEvent(QShowEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

  private:
    void rebuild();
    void updateHighlight();
    QString describe(int classIndex) const;

    std::shared_ptr<const LoadedDataset> data_;
    bool dirty_ = false;
    int highlighted_ = -1;
    int hovered_ = -1;
    QPoint pressPos_;
    QCPGraph* marker_ = nullptr;
    QCPItemText* markerLabel_ = nullptr;
};
