#include "views/common/ShareBarDelegate.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

#include "models/TaxonomyModel.h"

void ShareBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);  // selection background

    const double share = std::clamp(index.data(TaxonomyModel::ShareRole).toDouble(), 0.0, 1.0);
    const int super = index.data(TaxonomyModel::SupercategoryRole).toInt();
    QColor color = super >= 0 && super < colors_.size() ? colors_[super] : QColor(120, 144, 170);
    color.setAlpha(200);
    // Percentage on the right, bar on the left: text drawn over a bar is hard to read.
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100.0%")) + 6;
    const QRect textArea = option.rect.adjusted(0, 0, -3, 0);
    const QRect bar = option.rect.adjusted(4, 4, -textWidth - 6, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (bar.width() > 4) {
        painter->fillRect(bar, option.palette.color(QPalette::Base).darker(108));
        if (share > 0) {
            // At least a pixel, so that a tiny non-zero share is not mistaken for none.
            const int width = std::max(1, static_cast<int>(bar.width() * share + 0.5));
            painter->fillRect(QRect(bar.left(), bar.top(), width, bar.height()), color);
        }
    }
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : option.palette.color(QPalette::Text));
    painter->drawText(textArea, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ShareBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 90));
    return size;
}
