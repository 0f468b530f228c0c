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
    const auto i = static_cast<size_t>(c);
    const taxa::ClassResult& r = a_->report.perClass[i];
    // Without val images no measure is defined (B shares the split, so the same holds there).
    if (column >= Top1 && r.images == 0) return {};
    const taxa::ClassResult* b = b_ ? &b_->report.perClass[i] : nullptr;
    switch (column) {
        case Species:
            return QString::fromStdString(data_->dataset.categories[i].name);
        case Supercategory:
            return QString::fromStdString(
                tax.supercategories()[static_cast<size_t>(tax.supercategoryOf(c))]);
        case Train:
            return static_cast<qlonglong>(data_->trainCounts[i]);
        case Val:
            return static_cast<qlonglong>(r.images);
        case Top1:
            return r.recall();
        case Top3:
            return r.accuracy3();
        case Precision:  // never guessed: undefined, not 0 (core counts it 0 for the averages)
            return r.predicted ? QVariant(r.precision()) : QVariant();
        case F1:  // never guessed means recall 0, so F1 is 0 whatever the precision
            return r.f1();
        case Hardness:
            return a_->hasScores ? QVariant(a_->classHardness[i]) : QVariant();
        case Top1B:
            return b->recall();
        case Delta:
            return b->recall() - r.recall();
        case F1B:
            return b->f1();
        case DeltaF1:
            return b->f1() - r.f1();
    }
    return {};
}

QString PerClassModel::display(int32_t c, int column) const {
    const QVariant v = value(c, column);
    if (!v.isValid()) return QStringLiteral("\u2013");
    const QLocale locale;
    if (column == Hardness) return locale.toString(v.toDouble(), 'f', 2);
    if (column == Delta || column == DeltaF1) {
        const double d = v.toDouble();
        return (d > 0 ? QStringLiteral("+") : QString()) + locale.toString(100 * d, 'f', 1);
    }
    return percent(v.toDouble());
}

QVariant PerClassModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    const int32_t c = index.row();
    const int col = index.column();
    const taxa::ClassResult& r = a_->report.perClass[static_cast<size_t>(c)];
    switch (role) {
        case Qt::DisplayRole:
            return col >= Top1 ? QVariant(display(c, col)) : value(c, col);
        case SortRole:
            return value(c, col);
        case Qt::ToolTipRole:
            if (col == Precision && r.images > 0 && r.predicted == 0)
                return tr("Never the first guess for any image: precision is undefined");
            return {};
        case Qt::ForegroundRole:
            if ((col == Delta || col == DeltaF1) && r.images > 0) {
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
    if (role == Qt::ToolTipRole) return headerTip(section);
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
            return b_ ? tr("Top-1 A\n(recall)") : tr("Top-1\n(recall)");
        case Top3:
            return b_ ? tr("Top-3 A") : tr("Top-3");
        case Precision:
            return b_ ? tr("Precision A") : tr("Precision");
        case F1:
            return b_ ? tr("F1 A") : tr("F1");
        case Hardness:
            return tr("Hardness");
        case Top1B:
            return tr("Top-1 B");
        case Delta:
            return tr("\u0394 top-1");
        case F1B:
            return tr("F1 B");
        case DeltaF1:
            return tr("\u0394 F1");
    }
    return {};
}

QString PerClassModel::headerTip(int section) const {
    switch (section) {
        case Train:
            return tr("Training images of the species");
        case Val:
            return tr("Val images of the species");
        case Top1:
            return tr(
                "Share of its val images whose first guess is right: top-1 accuracy, "
                "which is also the species' recall");
        case Top3:
            return tr("Share of its val images with the species among the first three guesses");
        case Precision:
            return tr(
                "Share of the images guessed first as this species that are of it "
                "(\u2013: never guessed)");
        case F1:
            return tr("Harmonic mean of precision and recall: high only when both are");
        case Hardness:
            return tr(
                "Mean entropy of the predictions for its val images, in nats: how unsure "
                "the model is about the species");
        case Top1B:
            return tr("Top-1 accuracy (recall) of B");
        case Delta:
            return tr("Top-1 accuracy of B minus that of A, in points");
        case F1B:
            return tr("F1 of B");
        case DeltaF1:
            return tr("F1 of B minus that of A, in points");
        default:
            return {};
    }
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

bool PerClassFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    // A dash (undefined) sorts after every number whichever way the column is sorted: the proxy
    // reverses lessThan for a descending sort, so the dash is "greater" ascending only.
    const bool l = left.data(sortRole()).isValid(), r = right.data(sortRole()).isValid();
    if (l && r) return QSortFilterProxyModel::lessThan(left, right);
    return l != r && (sortOrder() == Qt::AscendingOrder) == l;  // both undefined: kept in order
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
