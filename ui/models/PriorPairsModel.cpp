#include "models/PriorPairsModel.h"

#include <QColor>
#include <algorithm>
#include <map>

PriorPairsModel::PriorPairsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PriorPairsModel::setResults(std::shared_ptr<const LoadedDataset> data,
                                 std::shared_ptr<const AnalysisResult> without,
                                 std::shared_ptr<const AnalysisResult> with, int maxPairs) {
    beginResetModel();
    data_ = std::move(data);
    rows_.clear();
    if (data_ && without && with) {
        std::map<std::pair<int32_t, int32_t>, int64_t> after;
        for (const taxa::ConfusedPair& p : with->report.confusedPairs)
            after[{p.a, p.b}] = p.total();
        const auto& before = without->report.confusedPairs;
        for (size_t i = 0; i < before.size() && static_cast<int>(i) < maxPairs; ++i) {
            const auto it = after.find({before[i].a, before[i].b});
            rows_.push_back(
                {before[i].a, before[i].b, before[i].total(), it == after.end() ? 0 : it->second});
        }
        // Most separated first; the stable sort keeps the most confused first among equals.
        std::stable_sort(rows_.begin(), rows_.end(), [](const Row& x, const Row& y) {
            return x.with - x.without < y.with - y.without;
        });
    }
    endResetModel();
}

int PriorPairsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int PriorPairsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriorPairsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(rows_.size())) return {};
    const Row& r = rows_[static_cast<size_t>(index.row())];
    if (role == ClassARole) return r.a;
    if (role == ClassBRole) return r.b;
    if (role == Qt::TextAlignmentRole && index.column() != Pair)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Change && r.with != r.without)
        return QColor(r.with < r.without ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case Pair: {
            const auto& cats = data_->dataset.categories;
            return tr("%1 / %2").arg(QString::fromStdString(cats[static_cast<size_t>(r.a)].name),
                                     QString::fromStdString(cats[static_cast<size_t>(r.b)].name));
        }
        case Without:
            return static_cast<qlonglong>(r.without);
        case With:
            return static_cast<qlonglong>(r.with);
        case Change:
            return r.with == r.without ? QStringLiteral("0")
                                       : QStringLiteral("%1%2")
                                             .arg(r.with > r.without ? QStringLiteral("+")
                                                                     : QStringLiteral("\u2212"))
                                             .arg(std::abs(r.with - r.without));
        default:
            return {};
    }
}

QVariant PriorPairsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Pair:
            return tr("Confused pair");
        case Without:
            return tr("Mistakes without prior");
        case With:
            return tr("With prior");
        case Change:
            return tr("Change");
        default:
            return {};
    }
}

int PriorPairsModel::separated() const {
    return static_cast<int>(
        std::count_if(rows_.begin(), rows_.end(), [](const Row& r) { return r.with < r.without; }));
}
