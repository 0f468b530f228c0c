#pragma once
/// @file PrecisionRecallPlot.h
/// @brief Precision against recall as the top-1 confidence threshold falls: one or more curves
/// (the split's, a species', each of A and B), their average precision in the legend, and the
/// threshold, precision and recall of the point nearest the mouse.

#include <qcustomplot.h>

#include <vector>

#include "eval/PrecisionRecall.h"

/// @brief Each curve is drawn as the step function whose area is its average precision: at
/// point n, precision P_n from recall R_(n-1) to R_n (core's step sum); a curve of few points
/// (a species') also shows them as dots.
class PrecisionRecallPlot : public QCustomPlot {
    Q_OBJECT

  public:
    /// @brief A curve as drawn: its legend name (with its average precision added), colour,
    /// and whether it is dashed (B).
    struct Series {
        taxa::PrCurve curve;
        QString name;
        QColor color;
        bool dashed = false;
    };

    explicit PrecisionRecallPlot(QWidget* parent = nullptr);

    /// @brief Shows @p series (curves without points are left out) under @p title.
    void setCurves(std::vector<Series> series, const QString& title);
    void clear(const QString& message);
    QString title() const;
    /// @brief Curves drawn, and their legend names, for tests.
    int curveCount() const { return static_cast<int>(series_.size()); }
    QString curveName(int i) const;
    /// @brief What hovering at @p pos (widget pixels) says: the nearest point's curve,
    /// threshold, precision and recall; empty when no point is within reach.
    QString pointText(const QPoint& pos) const;

  protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    struct Nearest {
        int series = -1;
        size_t point = 0;
    };
    Nearest nearest(const QPoint& pos) const;
    void mark(const Nearest& n);
    void dot(const Series& s);

    QCPTextElement* title_;
    QCPGraph* marker_;  ///< The hovered point.
    Nearest hovered_;
    std::vector<Series> series_;
    std::vector<QCPCurve*> curves_;
    std::vector<QCPCurve*> dots_;  ///< The points of curves with few.
};
