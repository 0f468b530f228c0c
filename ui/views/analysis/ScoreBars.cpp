#include "views/analysis/ScoreBars.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

#include "state/Formatting.h"

namespace {
const QColor kLabel(46, 139, 87);
const QColor kOther(196, 98, 45);
constexpr int kGap = 6;  ///< Above a label shown outside the top k.
}  // namespace

ScoreBars::ScoreBars(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ScoreBars::setBars(QVector<Bar> bars) {
    bars_ = std::move(bars);
    updateGeometry();
    update();
}

int ScoreBars::rowHeight() const {
    return fontMetrics().height() + 4;
}

QSize ScoreBars::sizeHint() const {
    const bool apart =
        std::any_of(bars_.begin(), bars_.end(), [](const Bar& b) { return b.outsideTopK; });
    return {320, int(bars_.size()) * rowHeight() + (apart ? kGap : 0)};
}

QSize ScoreBars::minimumSizeHint() const {
    return {160, sizeHint().height()};
}

void ScoreBars::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const int h = rowHeight();
    const int valueWidth = fontMetrics().horizontalAdvance(QStringLiteral("100.0%")) + 6;
    // Names take what the bars leave, and the bars at least a third of the width.
    const int nameWidth = std::min(width() * 6 / 10, width() - valueWidth - 40);
    const int barWidth = width() - nameWidth - valueWidth - 8;
    int y = 0;
    for (const Bar& b : bars_) {
        if (b.outsideTopK) y += kGap;
        const QRect row(0, y, width(), h);
        QFont f = font();
        f.setBold(b.isLabel);
        p.setFont(f);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, y, nameWidth - 4, h), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(b.name, Qt::ElideRight, nameWidth - 4));
        const QRect track(nameWidth, y + 3, barWidth, h - 6);
        p.fillRect(track, palette().color(QPalette::AlternateBase));
        QRect bar = track;
        bar.setWidth(std::max(1, int(barWidth * std::clamp(b.probability, 0.0, 1.0))));
        p.fillRect(bar, b.isLabel ? kLabel : kOther);
        p.setFont(font());
        p.drawText(QRect(nameWidth + barWidth + 4, y, valueWidth, h),
                   Qt::AlignRight | Qt::AlignVCenter, probabilityText(b.probability));
        y += row.height();
    }
}
