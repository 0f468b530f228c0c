#include "views/dataset/ThumbnailDelegate.h"

#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QPixmap>

#include "dataset/Dataset.h"
#include "models/ThumbnailModel.h"

namespace {
constexpr int kPad = 6;
}

ThumbnailDelegate::ThumbnailDelegate(int side, QObject* parent)
    : QStyledItemDelegate(parent), side_(side) {}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    return {side_ + 2 * kPad, side_ + 2 * kPad + option.fontMetrics.height() + 6};
}

void ThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(2, 2, -2, -2);
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 3));
        painter->setBrush(option.palette.color(QPalette::Highlight).lighter(185));
        painter->drawRoundedRect(cell, 5, 5);
    }
    const QRect square(option.rect.left() + kPad, option.rect.top() + kPad, side_, side_);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.canConvert<QPixmap>() && !decoration.value<QPixmap>().isNull()) {
        const QPixmap pixmap = decoration.value<QPixmap>();
        const QSize size = pixmap.size().scaled(square.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(0, 0), size);
        target.moveCenter(square.center());
        painter->drawPixmap(target, pixmap);
    } else {
        const bool failed = index.data(ThumbnailModel::StateRole).toInt() == ThumbnailModel::Failed;
        painter->setPen(QPen(QColor(190, 190, 190), 1, failed ? Qt::SolidLine : Qt::DashLine));
        painter->setBrush(failed ? QColor(250, 232, 232) : QColor(238, 238, 238));
        painter->drawRect(square.adjusted(8, 8, -8, -8));
        painter->setPen(failed ? QColor(170, 40, 40) : QColor(130, 130, 130));
        painter->drawText(square, Qt::AlignCenter | Qt::TextWordWrap,
                          failed ? tr("Cannot read\nimage") : tr("Loading\u2026"));
    }
    // The split as a small tag: a glance tells which images a model trains on.
    const bool val =
        index.data(ThumbnailModel::SplitRole).toInt() == static_cast<int>(taxa::Split::Val);
    const QString text = index.data(Qt::DisplayRole).toString();
    const int w = option.fontMetrics.horizontalAdvance(text) + 12;
    const int h = option.fontMetrics.height() + 2;
    const QRect tag(square.center().x() - w / 2, square.bottom() + 4, w, h);
    painter->setPen(Qt::NoPen);
    painter->setBrush(val ? QColor(0xf4, 0xa2, 0x3c) : QColor(0x5b, 0x8d, 0xc9));
    painter->drawRoundedRect(tag, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(tag, Qt::AlignCenter, text);
    painter->restore();
}

QListView* thumbnailGrid(QAbstractItemModel* model, int side, QWidget* parent) {
    auto* v = new QListView(parent);
    v->setModel(model);
    v->setItemDelegate(new ThumbnailDelegate(side, v));
    v->setViewMode(QListView::IconMode);
    v->setResizeMode(QListView::Adjust);
    v->setMovement(QListView::Static);
    v->setUniformItemSizes(true);
    v->setSpacing(2);
    v->setMinimumHeight(side + 34);  // a row of thumbnails with their tags
    return v;
}
