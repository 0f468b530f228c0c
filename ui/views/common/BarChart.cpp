#include "views/common/BarChart.h"

#include <QLocale>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "views/common/PlotExport.h"

namespace {
constexpr double kSingleWidth = 0.7, kPairWidth = 0.38;

// Greedy word wrap of @p text into lines at most @p width pixels wide.
QString wrapped(const QString& text, const QFontMetrics& fm, int width) {
    QStringList lines;
    for (const QString& word : text.simplified().split(QLatin1Char(' '))) {
        if (!lines.isEmpty() &&
            fm.horizontalAdvance(lines.back() + QLatin1Char(' ') + word) <= width)
            lines.back() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

BarChart::BarChart(const QString& title, const QString& valueLabel, const QString& exportName,
                   QWidget* parent)
    : QCustomPlot(parent),
      title_(new QCPTextElement(this, title,
                                QFont(font().family(), font().pointSize() + 1, QFont::Bold))),
      titleText_(title),
      nameA_(tr("A")),
      nameB_(tr("B")) {
    setMouseTracking(true);
    setWindowTitle(title);
    yAxis->setLabel(valueLabel);
    yAxis->setRange(0, 100);
    xAxis->grid()->setVisible(false);
    xAxis->setTickLabelRotation(0);  // fitLabels() slants them when they do not fit
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, title_);
    legend->setFont(font());
    // The legend (A and B) in a row of its own under the title: inside the axis rect it would
    // hide the tallest bars. Without a B the row is left empty and takes no room.
    axisRect()->insetLayout()->take(legend);
    axisRect()->insetLayout()->simplify();
    plotLayout()->insertRow(1);
    plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(0, 0, 0, 0));
    setMinimumWidth(180);  // the title asks for more; the overview puts two charts side by side
    PlotExport::addMenu(this, exportName);
}

void BarChart::setSeriesNames(const QString& a, const QString& b) {
    nameA_ = a;
    nameB_ = b;
}

void BarChart::setBars(const QStringList& labels, const QVector<double>& a,
                       const QVector<QColor>& colors, const QVector<double>& b,
                       const QStringList& tips) {
    clearPlottables();
    clearItems();  // the value labels
    qDeleteAll(groups_);
    groups_.clear();
    labels_ = labels;
    a_ = a;
    b_ = b;
    tips_ = tips;
    hovered_ = -2;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i + 1, labels[i]);
    xAxis->setTicker(ticker);
    fitLabels();
    xAxis->setRange(0.4, std::max<int>(1, labels.size()) + 0.6);
    const bool pair = !b.isEmpty();
    // One QCPBars per bar keeps per-bar colours without a custom painter; a group per pair,
    // since a group spaces all its members around every key.
    for (int i = 0; i < a.size(); ++i) {
        auto* group = pair ? new QCPBarsGroup(this) : nullptr;
        if (group) groups_ << group;
        const QColor c =
            colors.isEmpty() ? QColor(70, 130, 180) : colors.value(colors.size() == 1 ? 0 : i);
        auto* bars = new QCPBars(xAxis, yAxis);
        bars->setPen(QPen(c.darker(130), 0.8));
        bars->setBrush(c);
        bars->setWidth(pair ? kPairWidth : kSingleWidth);
        bars->addData(i + 1, 100 * a[i]);
        bars->setName(nameA_);
        bars->removeFromLegend();
        if (group) bars->setBarsGroup(group);
        if (pair) {
            auto* other = new QCPBars(xAxis, yAxis);
            other->setPen(QPen(QColor(90, 90, 90), 0.8));
            other->setBrush(QColor(175, 175, 175));
            other->setWidth(kPairWidth);
            other->addData(i + 1, 100 * b.value(i));
            other->setName(nameB_);
            other->removeFromLegend();
            other->setBarsGroup(group);
        }
    }
    if (!pair) {
        // The value over each bar: read at a glance, no hovering needed. With two series the
        // labels would crowd; the tooltip gives both values.
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        const QLocale locale;
        for (int i = 0; i < a.size(); ++i) {
            auto* text = new QCPItemText(this);
            text->setClipToAxisRect(false);
            text->position->setType(QCPItemPosition::ptPlotCoords);
            text->position->setCoords(i + 1, 100 * a[i]);
            text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            text->setPadding(QMargins(0, 0, 0, 2));
            text->setFont(small);
            text->setColor(palette().color(QPalette::WindowText));
            text->setText(locale.toString(100 * a[i], 'f', 0));
        }
    }
    legend->clearItems();
    legend->setVisible(pair);
    // An empty legend in the layout would cap the plot's width, so it is only there with a B.
    if (pair && !plotLayout()->hasElement(1, 0)) plotLayout()->addElement(1, 0, legend);
    if (!pair && plotLayout()->hasElement(1, 0)) plotLayout()->take(legend);
    if (pair && plottableCount() >= 2) {
        // The first bar's pair stands for the series in the legend.
        plottable(0)->addToLegend();
        plottable(1)->addToLegend();
    }
    double top = 0;
    for (double v : a + b)
        top = std::max(top, v);
    // Room above the tallest bar for its value label (at 100% it goes into the title's margin).
    yAxis->setRange(0, std::min(100.0, std::max(10.0, std::ceil(top * 11) * 10)));
    replot(rpQueuedReplot);
}

void BarChart::fitLabels() {
    // Level labels read best; when the widest (line) of them is wider than a bar's slot, slant
    // them, ending at their bar so that the last one stays inside the widget.
    const QFontMetrics fm(xAxis->tickLabelFont());
    int widest = 0;
    for (const QString& label : labels_)
        for (const QString& line : label.split(QLatin1Char('\n')))
            widest = std::max(widest, fm.horizontalAdvance(line));
    const int axisWidth = axisRect()->width() > 0 ? axisRect()->width() : width() - 80;
    const double slot = double(axisWidth) / std::max<qsizetype>(1, labels_.size());
    const double rotation = widest + fm.averageCharWidth() > slot ? -35 : 0;
    if (xAxis->tickLabelRotation() != rotation) {
        xAxis->setTickLabelRotation(rotation);
        replot(rpQueuedReplot);
    }
}

void BarChart::resizeEvent(QResizeEvent* event) {
    QCustomPlot::resizeEvent(event);
    fitTitle();
    fitLabels();
}

void BarChart::fitTitle() {
    const int room = width() - 16;
    const QString title = wrapped(titleText_, QFontMetrics(title_->font()), room);
    const QString label = wrapped(xAxis->label(), QFontMetrics(xAxis->labelFont()), room - 60);
    if (title == title_->text() && label == xAxis->label()) return;
    title_->setText(title);
    xAxis->setLabel(label);
    replot(rpQueuedReplot);
}

int BarChart::barAt(const QPoint& pos) const {
    if (labels_.isEmpty() || !axisRect()->rect().contains(pos)) return -1;
    const double key = xAxis->pixelToCoord(pos.x());
    const long i = std::lround(key) - 1;
    if (i < 0 || i >= labels_.size() || std::abs(key - (i + 1)) > 0.4) return -1;
    return static_cast<int>(i);
}

void BarChart::mouseMoveEvent(QMouseEvent* event) {
    QCustomPlot::mouseMoveEvent(event);
    const int i = barAt(event->pos());
    if (i == hovered_) return;
    hovered_ = i;
    if (i < 0) {
        QToolTip::hideText();
        return;
    }
    const QLocale locale;
    QString text = QStringLiteral("<b>%1</b><br>").arg(labels_[i].toHtmlEscaped());
    if (b_.isEmpty())
        text += QStringLiteral("%1%").arg(locale.toString(100 * a_[i], 'f', 1));
    else
        text += tr("%1: %2%<br>%3: %4%")
                    .arg(nameA_.toHtmlEscaped(), locale.toString(100 * a_[i], 'f', 1),
                         nameB_.toHtmlEscaped(), locale.toString(100 * b_.value(i), 'f', 1));
    if (i < tips_.size() && !tips_[i].isEmpty()) text += QStringLiteral("<br>") + tips_[i];
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void BarChart::mouseReleaseEvent(QMouseEvent* event) {
    QCustomPlot::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton) return;
    const int i = barAt(event->pos());
    if (i >= 0) emit barClicked(i);
}
