#include "models/LabelErrorsModel.h"

#include <QLocale>

#include "state/Formatting.h"

LabelErrorsModel::LabelErrorsModel(QObject* parent) : QAbstractTableModel(parent) {}

void LabelErrorsModel::setResult(std::shared_ptr<const LoadedDataset> data,
                                 std::shared_ptr<const AnalysisResult> result) {
    beginResetModel();
    data_ = std::move(data);
    result_ = data_ && result && result->hasScores ? std::move(result) : nullptr;
    endResetModel();
}

int LabelErrorsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !result_ ? 0 : static_cast<int>(result_->labelErrors.size());
}

int LabelErrorsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LabelErrorsModel::className(int32_t c) const {
    return QString::fromStdString(data_->dataset.categories[static_cast<size_t>(c)].name);
}

QVariant LabelErrorsModel::value(int row, int column) const {
    const auto r = static_cast<size_t>(result_->labelErrors[static_cast<size_t>(row)]);
    const taxa::ImageScore& s = result_->scores[r];
    switch (column) {
        case Rank:
            return row + 1;
        case Labelled:
            return className(result_->truths[r]);
        case Predicted:
            return className(result_->predictions.rows[r].classes.front());
        case Confidence:
            return s.confidence;
        case LabelProbability:
            return s.labelProbability;
        case Mistakenness:
            return s.mistakenness;
        case Hardness:
            return s.hardness;
    }
    return {};
}

QVariant LabelErrorsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const auto r = static_cast<size_t>(result_->labelErrors[static_cast<size_t>(index.row())]);
    const int col = index.column();
    switch (role) {
        case Qt::DisplayRole: {
            const QVariant v = value(index.row(), col);
            if (col == Confidence || col == LabelProbability) return probabilityText(v.toDouble());
            if (col == Mistakenness) return QLocale().toString(v.toDouble(), 'f', 3);
            if (col == Hardness) return QLocale().toString(v.toDouble(), 'f', 2);
            return v;
        }
        case SortRole:
            return value(index.row(), col);
        case Qt::TextAlignmentRole:
            return col == Labelled || col == Predicted
                       ? QVariant()
                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            if (col == Labelled || col == Predicted) return value(index.row(), col);
            return {};
        case ImageRole:
            return result_->rowImage[r];
        case TruthRole:
            return result_->truths[r];
        case PredictedRole:
            return result_->predictions.rows[r].classes.front();
        default:
            return {};
    }
}

QVariant LabelErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Confidence:
                return tr("Probability of the predicted class");
            case LabelProbability:
                return tr(
                    "Probability of the labelled class (outside the top k: the rest of "
                    "the mass spread evenly)");
            case Mistakenness:
                return tr(
                    "FiftyOne's mistakenness: (1 + exp(-entropy)) / 2 for a wrong "
                    "prediction; near 1, the model is sure the label is wrong");
            case Hardness:
                return tr("Entropy of the prediction, in nats");
        }
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Rank:
            return tr("#");
        case Labelled:
            return tr("Labelled as");
        case Predicted:
            return tr("Predicted");
        case Confidence:
            return tr("Confidence");
        case LabelProbability:
            return tr("P(label)");
        case Mistakenness:
            return tr("Mistakenness");
        case Hardness:
            return tr("Hardness");
    }
    return {};
}
