#include "models/CalibrationModel.h"

#include <QLocale>

#include "state/Formatting.h"

CalibrationModel::CalibrationModel(QObject* parent) : QAbstractTableModel(parent) {}

void CalibrationModel::setResult(std::shared_ptr<const LoadedDataset> data,
                                 std::shared_ptr<const AnalysisResult> result) {
    beginResetModel();
    rows_.clear();
    result_ = data && result && result->report.calibration ? std::move(result) : nullptr;
    if (result_) {
        const taxa::CalibrationReport& before = *result_->report.calibration;
        const taxa::CalibrationReport* after =
            result_->scaledCalibration ? &*result_->scaledCalibration : nullptr;
        rows_.push_back({tr("All val images"), &before.all, after ? &after->all : nullptr});
        const auto& supers = data->taxonomy.supercategories();
        for (size_t i = 0; i < supers.size(); ++i)
            rows_.push_back({QString::fromStdString(supers[i]), &before.supercategories[i],
                             after ? &after->supercategories[i] : nullptr});
        const QLocale locale;
        const auto& buckets = result_->report.buckets;
        for (size_t i = 0; i < buckets.size(); ++i)
            if (before.buckets[i].images > 0)
                rows_.push_back(
                    {tr("%1\u2013%2 training images")
                         .arg(locale.toString(static_cast<qlonglong>(buckets[i].lo)),
                              locale.toString(static_cast<qlonglong>(buckets[i].hi - 1))),
                     &before.buckets[i], after ? &after->buckets[i] : nullptr});
    }
    endResetModel();
}

const taxa::Reliability* CalibrationModel::reliability(int row, bool scaled) const {
    if (row < 0 || row >= rows_.size()) return nullptr;
    return scaled && rows_[row].after ? rows_[row].after : rows_[row].before;
}

QString CalibrationModel::groupName(int row) const {
    return row >= 0 && row < rows_.size() ? rows_[row].name : QString();
}

int CalibrationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CalibrationModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalibrationModel::value(const Row& row, int column) const {
    switch (column) {
        case Group:
            return row.name;
        case Images:
            return static_cast<qlonglong>(row.before->images);
        case Accuracy:
            return row.before->accuracy();
        case Confidence:
            return row.before->meanConfidence();
        case Ece:
            return row.before->ece();
        case EceScaled:
            return row.after ? QVariant(row.after->ece()) : QVariant();
    }
    return {};
}

QVariant CalibrationModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const Row& row = rows_[index.row()];
    const int col = index.column();
    switch (role) {
        case Qt::DisplayRole: {
            const QVariant v = value(row, col);
            if (col >= Accuracy) {
                if (!v.isValid() || !row.before->images) return QStringLiteral("\u2013");
                return percentText(v.toDouble());
            }
            return v;
        }
        case SortRole:
            return value(row, col);
        case Qt::TextAlignmentRole:
            return col == Group ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant CalibrationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        if (section == Ece)
            return tr(
                "Expected calibration error: 15 equal-width bins of top-1 confidence, the "
                "image-weighted mean gap between accuracy and confidence");
        if (section == EceScaled)
            return tr("The same after temperature scaling (T fitted on minival)");
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Group:
            return tr("Images of");
        case Images:
            return tr("Images");
        case Accuracy:
            return tr("Top-1");
        case Confidence:
            return tr("Confidence");
        case Ece:
            return tr("ECE");
        case EceScaled:
            return tr("ECE with T");
    }
    return {};
}
