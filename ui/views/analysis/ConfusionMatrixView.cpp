#include "views/analysis/ConfusionMatrixView.h"

#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace {
constexpr int kBand = 8;  ///< Supercategory colour strip beside each axis.
constexpr int kGap = 3;
}  // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionMatrixView::setSlice(taxa::ConfusionSlice slice, Axis rows, Axis cols,
                                   bool sameAxes) {
    slice_ = std::move(slice);
    rows_ = std::move(rows);
    cols_ = std::move(cols);
    same_ = sameAxes;
    hovered_ = -1;
    layoutMatrix();
    update();
}

void ConfusionMatrixView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutMatrix();
}

void ConfusionMatrixView::layoutMatrix() {
    const QFontMetrics fm = fontMetrics();
    const int legend = fm.height() * 2 + 6;
    const auto nRows = int(slice_.rows.size()), nCols = int(slice_.cols.size());
    auto fit = [&](int left, int top) {
        const QSize area(width() - left - 4, height() - top - legend);
        const double cell =
            nRows && nCols ? std::min(area.width() / double(nCols), area.height() / double(nRows))
                           : 0.0;
        return std::make_pair(area, cell);
    };
    // Names fit when a cell is about a line tall; otherwise only the colour bands are drawn.
    int rowText = 0, colText = 0;
    for (const QString& n : rows_.names)
        rowText = std::max(rowText, fm.horizontalAdvance(n));
    for (const QString& n : cols_.names)
        colText = std::max(colText, fm.horizontalAdvance(n));
    int left = std::min(rowText + kGap, width() * 2 / 5) + kBand + kGap;
    int top = std::min(colText + kGap, height() * 2 / 5) + kBand + kGap;
    auto [area, cell] = fit(left, top);
    names_ = cell >= fm.height() - 2;
    if (!names_) {
        left = top = kBand + kGap;
        std::tie(area, cell) = fit(left, top);
    }
    raster_ = rasteriseConfusion(slice_, area);
    matrix_ = QRect(QPoint(left, top), raster_.image.size());
}

QRect ConfusionMatrixView::cellRect(int32_t row, int32_t col) const {
    const double c = raster_.cell;
    const QPoint a(int(std::floor(col * c)), int(std::floor(row * c)));
    const QPoint b(std::max(a.x() + 1, int(std::floor((col + 1) * c))),
                   std::max(a.y() + 1, int(std::floor((row + 1) * c))));
    return QRect(a, b - QPoint(1, 1)).translated(matrix_.topLeft());
}

int32_t ConfusionMatrixView::cellAt(QPoint pos) const {
    return raster_.cellAt(pos - matrix_.topLeft());
}

QPoint ConfusionMatrixView::cellCentre(int32_t cell) const {
    const taxa::ConfusionCell& c = slice_.cells[size_t(cell)];
    return cellRect(c.row, c.col).center();
}

void ConfusionMatrixView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (slice_.cells.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No confusions to show"));
        return;
    }
    const QColor line = palette().color(QPalette::Mid);
    if (same_) {  // where a taxon would meet itself: the blocks of the taxonomy lie along it
        p.setPen(QPen(line.lighter(130), 1, Qt::DotLine));
        p.drawLine(matrix_.topLeft(), matrix_.bottomRight());
    }
    p.drawImage(matrix_.topLeft(), raster_.image);
    if (raster_.cell >= 6) {  // cell borders where they do not drown the colours
        p.setPen(QPen(palette().color(QPalette::Midlight), 1));
        for (const taxa::ConfusionCell& c : slice_.cells)
            p.drawRect(cellRect(c.row, c.col));
    }
    paintCounts(p);
    p.setPen(line);
    p.drawRect(matrix_.adjusted(-1, -1, 0, 0));
    // Supercategory bands along both axes.
    for (int r = 0; r < int(slice_.rows.size()); ++r) {
        const QRect cell = cellRect(r, 0);
        p.fillRect(QRect(matrix_.left() - kBand - kGap, cell.top(), kBand, cell.height()),
                   rows_.bands.value(r));
    }
    for (int c = 0; c < int(slice_.cols.size()); ++c) {
        const QRect cell = cellRect(0, c);
        p.fillRect(QRect(cell.left(), matrix_.top() - kBand - kGap, cell.width(), kBand),
                   cols_.bands.value(c));
    }
    if (names_) paintNames(p);
    if (hovered_ >= 0) {
        const taxa::ConfusionCell& c = slice_.cells[size_t(hovered_)];
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(c.row, c.col).adjusted(-1, -1, 1, 1));
    }
    paintLegend(p);
}

void ConfusionMatrixView::paintCounts(QPainter& p) const {
    // The number in the cell where it fits: read at a glance, no hovering needed.
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    for (const taxa::ConfusionCell& c : slice_.cells) {
        const QRect cell = cellRect(c.row, c.col);
        const QString text = locale.toString(static_cast<qlonglong>(c.count));
        if (cell.height() < fm.height() || cell.width() < fm.horizontalAdvance(text) + 4) continue;
        // Dark cells (the upper half of the scale) take white text.
        const bool dark = confusionColor(c.count, slice_.maxCount).lightness() < 140;
        p.setPen(dark ? Qt::white : Qt::black);
        p.drawText(cell, Qt::AlignCenter, text);
    }
}

void ConfusionMatrixView::paintNames(QPainter& p) const {
    const QFontMetrics fm = fontMetrics();
    p.setPen(palette().color(QPalette::WindowText));
    const int rowWidth = matrix_.left() - kBand - 2 * kGap;
    for (int r = 0; r < int(slice_.rows.size()); ++r) {
        const QRect cell = cellRect(r, 0);
        p.drawText(QRect(0, cell.top(), rowWidth, cell.height()), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(rows_.names.value(r), Qt::ElideRight, rowWidth));
    }
    // Column names read upwards, ending just above their column.
    const int colHeight = matrix_.top() - kBand - 2 * kGap;
    for (int c = 0; c < int(slice_.cols.size()); ++c) {
        const QRect cell = cellRect(0, c);
        p.save();
        p.translate(cell.center().x(), colHeight);
        p.rotate(-90);
        p.drawText(QRect(0, -fm.height() / 2, colHeight, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(cols_.names.value(c), Qt::ElideRight, colHeight));
        p.restore();
    }
}

void ConfusionMatrixView::paintLegend(QPainter& p) const {
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    const int y = matrix_.bottom() + fm.height() / 2 + 4;
    const QString low = locale.toString(1),
                  high = locale.toString(static_cast<qlonglong>(slice_.maxCount));
    const QString what = tr("val images per cell (log scale)");
    int x = matrix_.left();
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QPoint(x, y + fm.ascent()), low);
    x += fm.horizontalAdvance(low) + 4;
    const QRect bar(x, y + 2, 120, fm.height() - 4);
    QLinearGradient g(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 8; ++i) {
        const double t = i / 8.0;
        g.setColorAt(t, confusionColor(std::max<int64_t>(
                                           1, std::llround(std::pow(double(slice_.maxCount), t))),
                                       slice_.maxCount));
    }
    p.fillRect(bar, g);
    p.drawText(QPoint(bar.right() + 4, y + fm.ascent()), high + QLatin1Char(' ') + what);
}

void ConfusionMatrixView::mouseMoveEvent(QMouseEvent* event) {
    const int32_t cell = cellAt(event->pos());
    if (cell != hovered_) {
        hovered_ = cell;
        update();
    }
    if (cell < 0) {
        QToolTip::hideText();
        return;
    }
    const taxa::ConfusionCell& c = slice_.cells[size_t(cell)];
    QString text = tr("<b>%1</b> taken for <b>%2</b>: %n val image(s)", nullptr, int(c.count))
                       .arg(rows_.names.value(c.row).toHtmlEscaped(),
                            cols_.names.value(c.col).toHtmlEscaped());
    if (!clickHint_.isEmpty()) text += QStringLiteral("<br><i>%1</i>").arg(clickHint_);
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void ConfusionMatrixView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const int32_t cell = cellAt(event->pos());
    if (cell >= 0) emit cellClicked(cell);
}

void ConfusionMatrixView::leaveEvent(QEvent* event) {
    QWidget::leaveEvent(event);
    hovered_ = -1;
    update();
}
