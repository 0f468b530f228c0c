#include "views/maps/MonthHistogram.h"

#include <QLocale>
#include <QToolTip>
#include <algorithm>

#include "views/common/PlotLegend.h"
#include "views/maps/MapColors.h"

namespace {

QStringList monthNames() {
    return {MonthHistogram::tr("Jan"), MonthHistogram::tr("Feb"), MonthHistogram::tr("Mar"),
            MonthHistogram::tr("Apr"), MonthHistogram::tr("May"), MonthHistogram::tr("Jun"),
            MonthHistogram::tr("Jul"), MonthHistogram::tr("Aug"), MonthHistogram::tr("Sep"),
            MonthHistogram::tr("Oct"), MonthHistogram::tr("Nov"), MonthHistogram::tr("Dec")};
}

double share(int64_t n, const std::array<int64_t, 12>& all) {
    int64_t total = 0;
    for (int64_t x : all)
        total += x;
    return total ? 100.0 * static_cast<double>(n) / static_cast<double>(total) : 0.0;
}

}  // namespace

MonthHistogram::MonthHistogram(QWidget* parent) : QCustomPlot(parent) {
    setMouseTracking(true);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(
        0, 0,
        new QCPTextElement(this, tr("Photos per month"),
                           QFont(font().family(), font().pointSize() + 1, QFont::Bold)));
    train_ = new QCPBars(xAxis, yAxis);
    val_ = new QCPBars(xAxis, yAxis);
    auto* group = new QCPBarsGroup(this);
    group->setSpacing(1);
    const std::pair<QCPBars*, QColor> series[] = {{train_, mapTrainColor()}, {val_, mapValColor()}};
    for (const auto& [bars, color] : series) {
        bars->setWidth(0.4);
        bars->setBarsGroup(group);
        bars->setPen(Qt::NoPen);
        bars->setBrush(color);
    }
    train_->setName(tr("train"));
    val_->setName(tr("val"));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const QStringList names = monthNames();
    for (int m = 0; m < 12; ++m)
        ticker->addTick(m + 1, names[m]);
    xAxis->setTicker(ticker);
    xAxis->setRange(0.4, 12.6);
    xAxis->grid()->setVisible(false);
    yAxis->setLabel(tr("% of the split's photos"));
    putLegendUnderTitle(this);
    legend->setVisible(true);
    legend->setFont(font());
    setCounts({}, {});
}

void MonthHistogram::setCounts(const std::array<int64_t, 12>& train,
                               const std::array<int64_t, 12>& val) {
    counts_ = {train, val};
    QVector<double> keys, t, v;
    for (int m = 0; m < 12; ++m) {
        keys << m + 1;
        t << share(train[static_cast<size_t>(m)], train);
        v << share(val[static_cast<size_t>(m)], val);
    }
    train_->setData(keys, t, true);
    val_->setData(keys, v, true);
    const double top =
        std::max(*std::max_element(t.begin(), t.end()), *std::max_element(v.begin(), v.end()));
    yAxis->setRange(0, std::max(10.0, top * 1.1));
    replot(QCustomPlot::rpQueuedReplot);
}

double MonthHistogram::trainShare(int month) const {
    return share(counts_[0][static_cast<size_t>(month)], counts_[0]);
}

double MonthHistogram::valShare(int month) const {
    return share(counts_[1][static_cast<size_t>(month)], counts_[1]);
}

void MonthHistogram::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    const int m = static_cast<int>(std::lround(xAxis->pixelToCoord(event->position().x()))) - 1;
    if (m < 0 || m >= 12 || !axisRect()->rect().contains(event->position().toPoint())) {
        QToolTip::hideText();
        return;
    }
    const QLocale locale;
    QToolTip::showText(
        event->globalPosition().toPoint(),
        tr("%1: %2 train photos (%3%), %4 val photos (%5%)")
            .arg(monthNames()[m], locale.toString(static_cast<qlonglong>(counts_[0][size_t(m)])),
                 locale.toString(trainShare(m), 'f', 1),
                 locale.toString(static_cast<qlonglong>(counts_[1][size_t(m)])),
                 locale.toString(valShare(m), 'f', 1)),
        this);
}

void MonthHistogram::resizeEvent(QResizeEvent* event) {
    // Month names upright when they fit side by side, slanted when the chart is narrow.
    const int room = width() / 14, need = fontMetrics().horizontalAdvance(monthNames()[8]) + 4;
    xAxis->setTickLabelRotation(need > room ? -60 : 0);
    QCustomPlot::resizeEvent(event);
}
