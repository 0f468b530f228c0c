#pragma once
/// @file ShareBarDelegate.h
/// @brief Paints a row's share of its parent's training images as a bar with its percentage.

#include <QStyledItemDelegate>
#include <QVector>

/// @brief Draws TaxonomyModel::ShareRole as a horizontal bar, coloured by supercategory where
/// the row belongs to one and neutral otherwise, with the percentage over it.
class ShareBarDelegate : public QStyledItemDelegate {
    Q_OBJECT

  public:
    using QStyledItemDelegate::QStyledItemDelegate;
    /// @brief Bar colours indexed by supercategory (TaxonomyModel::SupercategoryRole).
    void setColors(QVector<QColor> colors) { colors_ = std::move(colors); }
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

  private:
    QVector<QColor> colors_;
};
