#include "models/SummaryModel.h"

#include <QFont>
#include <QLocale>

SummaryModel::SummaryModel(QObject* parent) : QAbstractTableModel(parent) {}

void SummaryModel::setDataset(std::shared_ptr<const LoadedDataset> data) {
    beginResetModel();
    data_ = std::move(data);
    endResetModel();
}

int SummaryModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !data_) return 0;
    return static_cast<int>(data_->stats.supercategories.size()) + 1;
}

int SummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SummaryModel::data(const QModelIndex& index, int role) const {
    if (!data_ || !index.isValid()) return {};
    const auto& rows = data_->stats.supercategories;
    const bool total = index.row() == static_cast<int>(rows.size());
    const taxa::SupercategoryRow& row =
        total ? data_->stats.totals : rows[static_cast<size_t>(index.row())];
    qint64 value = 0;
    switch (index.column()) {
        case Classes:
            value = row.classes;
            break;
        case Train:
            value = row.train;
            break;
        case Val:
            value = row.val;
            break;
        default:
            break;
    }
    switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Name)
                return total ? tr("Total") : QString::fromStdString(row.name);
            return QLocale().toString(value);
        case Qt::UserRole:
            return index.column() == Name ? QVariant(QString::fromStdString(row.name))
                                          : QVariant(value);
        case Qt::TextAlignmentRole:
            return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole:
            if (total) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
    }
}

QVariant SummaryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Name:
            return tr("Supercategory");
        case Classes:
            return tr("Classes");
        case Train:
            return tr("Train images");
        case Val:
            return tr("Val images");
        default:
            return {};
    }
}
