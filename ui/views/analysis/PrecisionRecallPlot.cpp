#include "views/analysis/PrecisionRecallPlot.h"

#include <QLocale>
#include <QToolTip>
#include <limits>

#include "state/Formatting.h"
#include "views/common/PlotExport.h"
#include "views/common/PlotLegend.h"

namespace {
// A split of 24k val images has as many points; more than a few thousand add nothing on screen
// (hovering still finds every point).
constexpr size_t kDrawnPoints = 4000;
constexpr double kReachPx = 24;  // how near the mouse a point must be to be named
// A species has a few val images: its points are dotted, or a curve of one point at precision 0
// (guessed, never right) would hide under the axis.
constexpr size_t kDottedPoints = 60;
}  // namespace

PrecisionRecallPlot::PrecisionRecallPlot(QWidget* parent)
    : QCustomPlot(parent),
      title_(new QCPTextElement(this, QString(),
                                QFont(font().family(), font().pointSize() + 1, QFont::Bold))) {
    setMouseTracking(true);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, title_);
    putLegendUnderTitle(this);
    legend->setWrap(2);
    legend->setMargins(QMargins(0, 0, 0, 0));
    legend->setFont(font());
    legend->setVisible(true);

    // Percentages, with a little room on every side so that a curve along 0 or 100% and the
    // dots there are not hidden by the axes.
    xAxis->setRange(-1, 101);
    yAxis->setRange(-2, 102);
    xAxis->setLabel(tr("Recall (%)"));
    yAxis->setLabel(tr("Precision (%)"));
    marker_ = addGraph();
    marker_->setLineStyle(QCPGraph::lsNone);
    marker_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 1.5), Qt::white, 8));
    marker_->removeFromLegend();
    setMinimumSize(260, 240);
    PlotExport::addMenu(this, QStringLiteral("precision-recall"));
}

QString PrecisionRecallPlot::title() const {
    return title_->text();
}

QString PrecisionRecallPlot::curveName(int i) const {
    return i >= 0 && i < curveCount() ? curves_[size_t(i)]->name() : QString();
}

void PrecisionRecallPlot::clear(const QString& message) {
    for (QCPCurve* c : curves_)
        removePlottable(c);
    for (QCPCurve* c : dots_)
        removePlottable(c);
    curves_.clear();
    dots_.clear();
    series_.clear();
    hovered_ = {};
    marker_->data()->clear();
    title_->setText(message);
    replot(rpQueuedReplot);
}

void PrecisionRecallPlot::setCurves(std::vector<Series> series, const QString& title) {
    clear(title);
    for (Series& s : series) {
        if (s.curve.points.empty()) continue;
        auto* curve = new QCPCurve(xAxis, yAxis);
        curve->setName(tr("%1, AP %2").arg(s.name, percentText(s.curve.averagePrecision)));
        curve->setPen(QPen(s.color, 2, s.dashed ? Qt::DashLine : Qt::SolidLine));
        // Steps: each point's precision over the recall it added.
        const taxa::PrCurve drawn = taxa::thinned(s.curve, kDrawnPoints);
        QVector<double> t, x, y;
        double lastRecall = 0;
        for (const taxa::PrPoint& p : drawn.points) {
            for (double r : {lastRecall, p.recall}) {
                t << t.size();
                x << 100 * r;
                y << 100 * p.precision;
            }
            lastRecall = p.recall;
        }
        curve->setData(t, x, y, true);
        curves_.push_back(curve);
        if (s.curve.points.size() <= kDottedPoints) dot(s);
        series_.push_back(std::move(s));
    }
    replot(rpQueuedReplot);
}

void PrecisionRecallPlot::dot(const Series& s) {
    auto* dots = new QCPCurve(xAxis, yAxis);
    dots->setLineStyle(QCPCurve::lsNone);
    dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, s.color, 6));
    dots->removeFromLegend();
    QVector<double> t, x, y;
    for (const taxa::PrPoint& p : s.curve.points) {
        t << t.size();
        x << 100 * p.recall;
        y << 100 * p.precision;
    }
    dots->setData(t, x, y, true);
    dots_.push_back(dots);
}

PrecisionRecallPlot::Nearest PrecisionRecallPlot::nearest(const QPoint& pos) const {
    Nearest best;
    if (!axisRect()->rect().contains(pos)) return best;
    double bestDistance = std::numeric_limits<double>::max();
    for (size_t s = 0; s < series_.size(); ++s) {
        const auto& points = series_[s].curve.points;
        for (size_t i = 0; i < points.size(); ++i) {
            const double dx = xAxis->coordToPixel(100 * points[i].recall) - pos.x();
            const double dy = yAxis->coordToPixel(100 * points[i].precision) - pos.y();
            const double d = dx * dx + dy * dy;
            if (d < bestDistance) bestDistance = d, best = {static_cast<int>(s), i};
        }
    }
    return bestDistance <= kReachPx * kReachPx ? best : Nearest{};
}

QString PrecisionRecallPlot::pointText(const QPoint& pos) const {
    const Nearest n = nearest(pos);
    if (n.series < 0) return {};
    const Series& s = series_[size_t(n.series)];
    const taxa::PrPoint& p = s.curve.points[n.point];
    return tr("<b>%1</b><br>Top-1 confidence at least %2<br>Precision %3 \u00b7 recall %4")
        .arg(s.name.toHtmlEscaped(), QLocale().toString(p.threshold, 'f', 3),
             percentText(p.precision), percentText(p.recall));
}

void PrecisionRecallPlot::mark(const Nearest& n) {
    if (n.series == hovered_.series && n.point == hovered_.point) return;
    hovered_ = n;
    marker_->data()->clear();
    if (n.series >= 0) {
        const taxa::PrPoint& p = series_[size_t(n.series)].curve.points[n.point];
        marker_->addData(100 * p.recall, 100 * p.precision);
    }
    replot(rpQueuedReplot);
}

void PrecisionRecallPlot::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    const Nearest n = nearest(event->pos());
    mark(n);
    if (n.series < 0)
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), pointText(event->pos()), this);
}

void PrecisionRecallPlot::leaveEvent(QEvent* event) {
    QCustomPlot::leaveEvent(event);
    mark({});
}
