#pragma once
/// @file ConfusionMatrixView.h
/// @brief Paints one slice of the confusion matrix: true taxa down, predicted taxa across, a
/// log colour scale, names where the cells are tall enough and supercategory colour bands
/// always; hovering names a cell, clicking one reports it.

#include <QStringList>
#include <QVector>
#include <QWidget>

#include "eval/ConfusionIndex.h"
#include "views/analysis/ConfusionRaster.h"

class ConfusionMatrixView : public QWidget {
    Q_OBJECT

  public:
    /// @brief Names and band colours of one axis, in the slice's order.
    struct Axis {
        QStringList names;
        QVector<QColor> bands;
    };

    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    /// @brief Shows @p slice; @p sameAxes draws the diagonal (rows and columns the same taxa).
    void setSlice(taxa::ConfusionSlice slice, Axis rows, Axis cols, bool sameAxes);
    /// @brief What a click on a cell does, for the tooltip ("click to zoom in").
    void setClickHint(const QString& hint) { clickHint_ = hint; }
    const taxa::ConfusionSlice& slice() const { return slice_; }
    /// @brief The slice cell under a point of the widget, or -1.
    int32_t cellAt(QPoint pos) const;
    /// @brief Where a slice cell is drawn (its centre), for tests.
    QPoint cellCentre(int32_t cell) const;
    /// @brief True when the names are drawn beside the axes.
    bool showsNames() const { return names_; }

    QSize sizeHint() const override { return {640, 560}; }
    QSize minimumSizeHint() const override { return {240, 200}; }

  signals:
    void cellClicked(int32_t cell);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    void layoutMatrix();
    void paintNames(class QPainter& p) const;
    void paintCounts(class QPainter& p) const;
    void paintLegend(class QPainter& p) const;
    QRect cellRect(int32_t row, int32_t col) const;

    taxa::ConfusionSlice slice_;
    Axis rows_, cols_;
    bool same_ = false;
    bool names_ = false;
    QString clickHint_;
    QRect matrix_;  ///< Where the raster is drawn.
    ConfusionRaster raster_;
    int32_t hovered_ = -1;
};
