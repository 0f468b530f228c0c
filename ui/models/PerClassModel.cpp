#include "models/PerClassModel.h"

#include <QColor>
#include <QLocale>

namespace {
QString percent(double x) {
    return QLocale().toString(100 * x, 'f', 1) + QLatin1Char('%');
}
}  // namespace

PerClassModel::PerClassModel(QObject* parent) : QAbstractTableModel(parent) {}

void PerClassModel::setResults(std::shared_ptr<const LoadedDataset> data,
                               std::shared_ptr<const AnalysisResult> a,
                               std::shared_ptr<const AnalysisResult> b) {
    beginResetModel();
    data_ = std::move(data);
    a_ = data_ ? std::move(a) : nullptr;
    b_ = a_ ? std::move(b) : nullptr;
    endResetModel();
}

int PerClassModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !a_ ? 0 : static_cast<int>(a_->report.perClass.size());
}

int PerClassModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : (b_ ? ColumnCount : Top1B);
}

QVariant PerClassModel::value(int32_t c, int column) const {
    const auto& tax = data_->taxonomy;
    const taxa::ClassResult& r = a_->report.perClass[static_cast<size_t>(c)];
    switch (column) {
        case Species:
            return QString::fromStdString(data_->dataset.categories[static_cast<size_t>(c)].name);
        case Supercategory:
            return QString::fromStdString(
                tax.supercategories()[static_cast<size_t>(tax.supercategoryOf(c))]);
        case Train:
            return static_cast<qlonglong>(data_->trainCounts[static_cast<size_t>(c)]);
        case Val:
            return static_cast<qlonglong>(r.images);
        case Top1:
            return r.accuracy();
        case Top3:
            return r.accuracy3();
        case Hardness:
            return a_->hasScores ? QVariant(a_->classHardness[static_cast<size_t>(c)]) : QVariant();
        case Top1B:
            return b_->report.perClass[static_cast<size_t>(c)].accuracy();
        case Delta:
            return b_->report.perClass[static_cast<size_t>(c)].accuracy() - r.accuracy();
    }
    return {};
}

QVariant PerClassModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    const int32_t c = index.row();
    const int col = index.column();
    const bool hasImages = a_->report.perClass[static_cast<size_t>(c)].images > 0;
    switch (role) {
        case Qt::DisplayRole: {
            const QVariant v = value(c, col);
            if (col >= Top1 && (!hasImages || !v.isValid())) return QStringLiteral("\u2013");
            if (col == Hardness) return QLocale().toString(v.toDouble(), 'f', 2);
            if (col == Delta) {
                const double d = v.toDouble();
                return (d > 0 ? QStringLiteral("+") : QString()) +
                       QLocale().toString(100 * d, 'f', 1);
            }
            if (col >= Top1) return percent(v.toDouble());
            return v;
        }
        case SortRole:
            return value(c, col);
        case Qt::ForegroundRole:
            if (col == Delta && hasImages) {
                const double d = value(c, col).toDouble();
                if (d > 0) return QColor(20, 120, 40);
                if (d < 0) return QColor(180, 30, 30);
            }
            return {};
        case Qt::TextAlignmentRole:
            return col >= Train ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case ClassRole:
            return c;
        case MistakesRole:
            return static_cast<int>(a_->mistakes[static_cast<size_t>(c)].size());
        default:
            return {};
    }
}

QVariant PerClassModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && section == Delta)
        return tr("Top-1 accuracy of B minus that of A, in points");
    if (role == Qt::ToolTipRole && section == Hardness)
        return tr(
            "Mean entropy of the predictions for its val images, in nats: how unsure the "
            "model is about the species");
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Species:
            return tr("Species");
        case Supercategory:
            return tr("Supercategory");
        case Train:
            return tr("Train");
        case Val:
            return tr("Val");
        case Top1:
            return b_ ? tr("Top-1 A") : tr("Top-1");
        case Top3:
            return b_ ? tr("Top-3 A") : tr("Top-3");
        case Hardness:
            return tr("Hardness");
        case Top1B:
            return tr("Top-1 B");
        case Delta:
            return tr("\u0394 top-1");
    }
    return {};
}

PerClassFilter::PerClassFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(PerClassModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PerClassFilter::setText(const QString& text) {
    needle_ = text.trimmed().toLower().toStdString();
    invalidateFilter();
}

void PerClassFilter::setOnlyMistakes(bool only) {
    onlyMistakes_ = only;
    invalidateFilter();
}

bool PerClassFilter::filterAcceptsRow(int row, const QModelIndex& parent) const {
    const QAbstractItemModel* m = sourceModel();
    if (onlyMistakes_ && m->index(row, 0, parent).data(PerClassModel::MistakesRole).toInt() == 0)
        return false;
    if (needle_.empty()) return true;
    // The names were lower-cased once with the dataset: no string conversion per row and key.
    const LoadedDataset* d = static_cast<const PerClassModel*>(m)->dataset();
    if (!d) return false;
    const auto c = static_cast<int32_t>(row);
    const auto& tax = d->taxonomy;
    return d->lowerNames[static_cast<size_t>(tax.speciesNode(c))].find(needle_) !=
               std::string::npos ||
           d->lowerSupercategories[static_cast<size_t>(tax.supercategoryOf(c))].find(needle_) !=
               std::string::npos;
}
