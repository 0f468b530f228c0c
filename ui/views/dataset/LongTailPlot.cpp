#include "views/dataset/LongTailPlot.h"

#include <QContextMenuEvent>
#include <QLocale>
#include <QMenu>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "views/common/SupercategoryColors.h"

namespace {
constexpr int kClickSlop = 4;  ///< Pixels a press may move and still count as a click.
}

LongTailPlot::LongTailPlot(QWidget* parent) : QCustomPlot(parent) {
    setMouseTracking(true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    xAxis->setLabel(tr("Species, most training images first"));
    yAxis->setLabel(tr("Training images (log scale)"));
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> log(new QCPAxisTickerLog);
    yAxis->setTicker(log);
    yAxis->setNumberFormat(QStringLiteral("gb"));
    yAxis->grid()->setSubGridVisible(true);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(
        0, 0,
        new QCPTextElement(this, tr("Images per species: the long tail"),
                           QFont(font().family(), font().pointSize() + 2, QFont::Bold)));
    legend->setVisible(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    legend->setFont(small);
    legend->setBrush(QColor(255, 255, 255, 220));
    legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    legend->setWrap(7);  // two columns of seven for the 14 supercategories of 2018
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void LongTailPlot::setDataset(std::shared_ptr<const LoadedDataset> data) {
    data_ = std::move(data);
    hovered_ = -1;
    if (!data_ || highlighted_ >= data_->taxonomy.classCount()) highlighted_ = -1;
    dirty_ = true;
    if (isVisible()) rebuild();
}

void LongTailPlot::showEvent(QShowEvent* event) {
    if (dirty_) rebuild();
    QCustomPlot::showEvent(event);
}

void LongTailPlot::rebuild() {
    dirty_ = false;
    clearGraphs();
    clearItems();
    marker_ = nullptr;
    markerLabel_ = nullptr;
    if (!data_) {
        replot();
        return;
    }
    const auto& train = data_->trainCounts;
    const auto& tax = data_->taxonomy;
    const auto& order = data_->byTrainImages;
    const auto n = static_cast<int32_t>(train.size());

    // Zero counts cannot sit on a log axis: they are drawn just below 1 and named in tooltips.
    auto y = [&](int32_t c) { return std::max(0.7, double(train[static_cast<size_t>(c)])); };
    QVector<double> keys(n), values(n);
    for (int32_t r = 0; r < n; ++r) {
        keys[r] = r + 1;
        values[r] = y(order[static_cast<size_t>(r)]);
    }
    QCPGraph* curve = addGraph();
    curve->setPen(QPen(QColor(150, 150, 150), 1));
    curve->setData(keys, values, true);
    curve->removeFromLegend();

    const auto& supers = tax.supercategories();
    const double size = n <= 100 ? 8 : n <= 1000 ? 5 : 3;
    std::vector<QCPGraph*> bySuper(supers.size(), nullptr);
    for (size_t s = 0; s < supers.size(); ++s) {
        QCPGraph* g = addGraph();
        const QColor color =
            supercategoryColor(QString::fromStdString(supers[s]), static_cast<int>(s));
        g->setName(QString::fromStdString(supers[s]));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, size));
        g->setPen(QPen(color));
        bySuper[s] = g;
    }
    for (int32_t r = 0; r < n; ++r) {
        const int32_t c = order[static_cast<size_t>(r)];
        bySuper[static_cast<size_t>(tax.supercategoryOf(c))]->addData(r + 1, values[r]);
    }

    marker_ = addGraph();
    marker_->setLineStyle(QCPGraph::lsNone);
    marker_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 2), Qt::NoBrush, 15));
    marker_->removeFromLegend();
    markerLabel_ = new QCPItemText(this);
    markerLabel_->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    markerLabel_->setPadding(QMargins(4, 2, 4, 2));
    markerLabel_->setBrush(QColor(255, 255, 255, 230));
    markerLabel_->setPen(QPen(QColor(90, 90, 90)));
    markerLabel_->setVisible(false);

    const double top = *std::max_element(values.begin(), values.end());
    const double bottom = *std::min_element(values.begin(), values.end());
    yAxis->setRange(std::max(0.5, bottom / 1.6), top * 2.5);  // headroom for the legend
    resetZoom();
    updateHighlight();
}

void LongTailPlot::resetZoom() {
    const size_t n = data_ ? data_->byTrainImages.size() : 0;
    xAxis->setRange(0, std::max<double>(2, double(n) + 1));
    replot(rpQueuedReplot);
}

void LongTailPlot::highlightSpecies(int classIndex) {
    highlighted_ = classIndex;
    if (!dirty_) updateHighlight();
}

void LongTailPlot::updateHighlight() {
    if (!marker_) return;
    marker_->data()->clear();
    const bool on =
        data_ && highlighted_ >= 0 && static_cast<size_t>(highlighted_) < data_->trainRank.size();
    markerLabel_->setVisible(on);
    if (on) {
        const double x = data_->trainRank[static_cast<size_t>(highlighted_)] + 1;
        const double y =
            std::max(0.7, double(data_->trainCounts[static_cast<size_t>(highlighted_)]));
        marker_->addData(x, y);
        const auto& node = data_->taxonomy.node(data_->taxonomy.speciesNode(highlighted_));
        markerLabel_->setText(QString::fromStdString(node.name));
        markerLabel_->position->setCoords(x, y * 1.5);
        // Keep the label inside the plot when the species sits near the right edge.
        const bool right = x > xAxis->range().center();
        markerLabel_->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) |
                                           Qt::AlignBottom);
    }
    replot(rpQueuedReplot);  // one replot per event-loop pass, however many updates came in
}

int LongTailPlot::speciesAt(const QPoint& pos) const {
    if (!data_ || !axisRect()->rect().contains(pos)) return -1;
    const auto& order = data_->byTrainImages;
    const long r = std::lround(xAxis->pixelToCoord(pos.x())) - 1;
    if (r < 0 || r >= static_cast<long>(order.size())) return -1;
    return order[static_cast<size_t>(r)];
}

QPointF LongTailPlot::pointOf(int classIndex) const {
    if (!data_ || classIndex < 0 || static_cast<size_t>(classIndex) >= data_->trainRank.size())
        return {};
    const double x = data_->trainRank[static_cast<size_t>(classIndex)] + 1;
    const double y = std::max(0.7, double(data_->trainCounts[static_cast<size_t>(classIndex)]));
    return {xAxis->coordToPixel(x), yAxis->coordToPixel(y)};
}

QString LongTailPlot::describe(int c) const {
    const auto& tax = data_->taxonomy;
    const QLocale locale;
    const auto& name = tax.node(tax.speciesNode(c)).name;
    const auto& super = tax.supercategories()[static_cast<size_t>(tax.supercategoryOf(c))];
    return tr("<i>%1</i><br>%2<br>%3 training images, %4 val<br>%5 of %6 by training images")
        .arg(QString::fromStdString(name).toHtmlEscaped(), QString::fromStdString(super),
             locale.toString(static_cast<qlonglong>(data_->trainCounts[static_cast<size_t>(c)])),
             locale.toString(static_cast<qlonglong>(data_->valCounts[static_cast<size_t>(c)])),
             locale.toString(data_->trainRank[static_cast<size_t>(c)] + 1),
             locale.toString(static_cast<qlonglong>(data_->byTrainImages.size())));
}

void LongTailPlot::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton) return;  // dragging
    const int c = speciesAt(event->pos());
    if (c == hovered_) return;
    hovered_ = c;
    if (c < 0)
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), describe(c), this);
}

void LongTailPlot::mousePressEvent(QMouseEvent* event) {
    pressPos_ = event->pos();
    QCustomPlot::mousePressEvent(event);
}

void LongTailPlot::mouseReleaseEvent(QMouseEvent* event) {
    QCustomPlot::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton ||
        (event->pos() - pressPos_).manhattanLength() > kClickSlop)
        return;
    const int c = speciesAt(event->pos());
    if (c >= 0) emit speciesClicked(c);
}

void LongTailPlot::mouseDoubleClickEvent(QMouseEvent* event) {
    QCustomPlot::mouseDoubleClickEvent(event);
    const int c = speciesAt(event->pos());
    if (c >= 0) emit speciesActivated(c);
}

void LongTailPlot::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Show all species"), this, &LongTailPlot::resetZoom);
    menu.exec(event->globalPos());
}
