#include "models/ConfusedPairsModel.h"

#include <QLocale>

ConfusedPairsModel::ConfusedPairsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConfusedPairsModel::setResult(std::shared_ptr<const LoadedDataset> data,
                                   std::shared_ptr<const AnalysisResult> result) {
    beginResetModel();
    data_ = std::move(data);
    result_ = data_ ? std::move(result) : nullptr;
    shared_.clear();
    if (result_)
        for (const taxa::ConfusedPair& p : result_->report.confusedPairs)
            shared_ << commonTaxon(data_->taxonomy, p.a, p.b);
    endResetModel();
}

int ConfusedPairsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !result_ ? 0
                                        : static_cast<int>(result_->report.confusedPairs.size());
}

int ConfusedPairsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConfusedPairsModel::speciesName(int32_t c) const {
    return QString::fromStdString(data_->dataset.categories[static_cast<size_t>(c)].name);
}

QVariant ConfusedPairsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const taxa::ConfusedPair& p = result_->report.confusedPairs[static_cast<size_t>(index.row())];
    auto value = [&]() -> QVariant {
        switch (index.column()) {
            case SpeciesA:
                return speciesName(p.a);
            case SpeciesB:
                return speciesName(p.b);
            case AasB:
                return static_cast<qlonglong>(p.aAsB);
            case BasA:
                return static_cast<qlonglong>(p.bAsA);
            case Total:
                return static_cast<qlonglong>(p.total());
            case Shared:
                return shared_.value(index.row());
        }
        return {};
    };
    switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return value();
        case Qt::ToolTipRole:
            if (index.column() == AasB)
                return tr("Val images of %1 taken for %2").arg(speciesName(p.a), speciesName(p.b));
            if (index.column() == BasA)
                return tr("Val images of %1 taken for %2").arg(speciesName(p.b), speciesName(p.a));
            if (index.column() == Shared) return tr("The lowest taxon the two species share");
            return value();
        case Qt::TextAlignmentRole:
            return index.column() >= AasB && index.column() <= Total
                       ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                       : QVariant();
        case ClassARole:
            return p.a;
        case ClassBRole:
            return p.b;
        default:
            return {};
    }
}

QVariant ConfusedPairsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case SpeciesA:
            return tr("Species A");
        case SpeciesB:
            return tr("Species B");
        case AasB:
            return tr("A as B");
        case BasA:
            return tr("B as A");
        case Total:
            return tr("Total");
        case Shared:
            return tr("Shared taxon");
    }
    return {};
}
