#pragma once
/// @file ThumbnailDelegate.h
/// @brief Draws one cell of the thumbnail grid: the image, or a placeholder, and its split.

#include <QStyledItemDelegate>

class QAbstractItemModel;
class QListView;

/// @brief Fixed-size cells (so the grid never asks every row for its size): the thumbnail
/// centred in a square, a "loading" or "cannot read" placeholder until or unless it arrives,
/// and the split as a coloured tag underneath.
class ThumbnailDelegate : public QStyledItemDelegate {
    Q_OBJECT

  public:
    explicit ThumbnailDelegate(int side, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

  private:
    int side_;
};

/// @brief A grid of @p model's thumbnails (@p side px cells with their tags): icon mode, static,
/// uniform cells, at least one row high.
QListView* thumbnailGrid(QAbstractItemModel* model, int side, QWidget* parent);
