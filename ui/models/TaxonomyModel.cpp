#include "models/TaxonomyModel.h"

#include <QFont>
#include <QLocale>

#include "state/RankLabels.h"

TaxonomyModel::TaxonomyModel(QObject* parent)
    : QAbstractItemModel(parent), rows_(TaxonomyRows::build(nullptr, Mode::RankTree)) {}

void TaxonomyModel::setDataset(std::shared_ptr<const LoadedDataset> data) {
    beginResetModel();
    data_ = std::move(data);
    rows_ = TaxonomyRows::build(data_.get(), rows_.mode);
    ++generation_;
    endResetModel();
}

void TaxonomyModel::setMode(Mode mode) {
    if (mode == rows_.mode) return;
    beginResetModel();
    rows_ = TaxonomyRows::build(data_.get(), mode);
    ++generation_;
    endResetModel();
}

QModelIndex TaxonomyModel::indexOfRow(int32_t rowId, int column) const {
    if (rowId <= 0 || rowId >= static_cast<int32_t>(rows_.rows.size())) return {};
    return createIndex(rows_.rows[static_cast<size_t>(rowId)].rowInParent, column,
                       static_cast<quintptr>(rowId));
}

QModelIndex TaxonomyModel::indexOfTaxon(int32_t taxon) const {
    if (taxon < 0 || taxon >= static_cast<int32_t>(rows_.rowOfTaxon.size())) return {};
    return indexOfRow(rows_.rowOfTaxon[static_cast<size_t>(taxon)]);
}

const TaxonomyRows::Row& TaxonomyModel::rowOf(const QModelIndex& index) const {
    return rows_.rows[index.isValid() ? static_cast<size_t>(index.internalId()) : 0];
}

QModelIndex TaxonomyModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    if (parent.isValid() && parent.column() != 0) return {};
    const auto& p = rowOf(parent);
    if (row >= static_cast<int>(p.children.size())) return {};
    return createIndex(row, column, static_cast<quintptr>(p.children[static_cast<size_t>(row)]));
}

QModelIndex TaxonomyModel::parent(const QModelIndex& child) const {
    if (!child.isValid()) return {};
    return indexOfRow(rowOf(child).parent);
}

int TaxonomyModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0) return 0;
    return static_cast<int>(rowOf(parent).children.size());
}

int TaxonomyModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

bool TaxonomyModel::hasChildren(const QModelIndex& parent) const {
    return rowCount(parent) > 0;
}

std::vector<int> TaxonomyModel::presentRanks(const taxa::Taxonomy& tax) {
    std::vector<int> out;
    for (int r = static_cast<int>(taxa::Rank::Kingdom); r <= static_cast<int>(taxa::Rank::Species);
         ++r)
        if (tax.hasRank(static_cast<taxa::Rank>(r))) out.push_back(r);
    return out;
}

QVariant TaxonomyModel::sortValue(const TaxonomyRows::Row& row, int column) const {
    switch (column) {
        case Name:
            return QString::fromUtf8(row.name.data(), static_cast<qsizetype>(row.name.size()));
        case RankColumn:
            return static_cast<int>(row.rank);
        case Species:
            return row.species;
        case Train:
        case Share:
            return static_cast<qlonglong>(row.train);
        case Val:
            return static_cast<qlonglong>(row.val);
        default:
            return {};
    }
}

QVariant TaxonomyModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !data_) return {};
    const auto& row = rowOf(index);
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            switch (column) {
                case Name:
                    return sortValue(row, Name);
                case RankColumn:
                    return rankLabel(data_->taxonomy, row.rank);
                case Share:
                    return QLocale().toString(100.0 * data(index, ShareRole).toDouble(), 'f', 1) +
                           QLatin1Char('%');
                default:
                    return QLocale().toString(sortValue(row, column).toLongLong());
            }
        case Qt::ToolTipRole:
            if (column == Name)
                return tr("%1 %2: %n species", nullptr, row.species)
                    .arg(rankLabel(data_->taxonomy, row.rank), sortValue(row, Name).toString());
            if (column == Share) {
                const QLocale locale;
                return tr("%1% of the training images of %2, %3% of all")
                    .arg(locale.toString(100.0 * data(index, ShareRole).toDouble(), 'f', 2),
                         QString::fromUtf8(
                             rows_.rows[static_cast<size_t>(row.parent)].name.data(),
                             static_cast<qsizetype>(
                                 rows_.rows[static_cast<size_t>(row.parent)].name.size())),
                         locale.toString(100.0 * data(index, TotalShareRole).toDouble(), 'f', 3));
            }
            return {};
        case Qt::TextAlignmentRole:
            return column <= RankColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole:
            if (column == Name && row.rank == static_cast<uint8_t>(taxa::Rank::Species)) {
                QFont italic;  // binomial names are set in italics by convention
                italic.setItalic(true);
                return italic;
            }
            return {};
        case SortRole:
            return sortValue(row, column);
        case RowIdRole:
            return static_cast<int>(index.internalId());
        case TaxonRole:
            return row.taxon;
        case ClassRole:
            return row.taxon >= 0 ? data_->taxonomy.node(row.taxon).classIndex : -1;
        case RankRole:
            return static_cast<int>(row.rank);
        case ShareRole: {
            const auto parentTrain = rows_.rows[static_cast<size_t>(row.parent)].train;
            return parentTrain > 0 ? static_cast<double>(row.train) / parentTrain : 0.0;
        }
        case TotalShareRole: {
            const auto total = rows_.rows[0].train;
            return total > 0 ? static_cast<double>(row.train) / total : 0.0;
        }
        case SupercategoryRole: {
            if (row.supercategory >= 0) return row.supercategory;
            const int32_t c = row.taxon >= 0 ? data_->taxonomy.node(row.taxon).classIndex : -1;
            return c >= 0 ? data_->taxonomy.supercategoryOf(c) : -1;
        }
        default:
            return {};
    }
}

QVariant TaxonomyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole)
        return section <= RankColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Species:
                return tr("Species at or below this taxon");
            case Train:
                return tr("Training images at or below this taxon");
            case Val:
                return tr("Validation images at or below this taxon");
            case Share:
                return tr("Share of the parent's training images");
            default:
                return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Name:
            return tr("Name");
        case RankColumn:
            return tr("Rank");
        case Species:
            return tr("Species");
        case Train:
            return tr("Train");
        case Val:
            return tr("Val");
        case Share:
            return tr("Share");
        default:
            return {};
    }
}
