#include "models/RunListModel.h"

#include <QDir>
#include <QLocale>

RunListModel::RunListModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunListModel::setRuns(std::vector<RunInfo> runs) {
    beginResetModel();
    runs_ = std::move(runs);
    endResetModel();
}

int RunListModel::rowOf(const QString& folder) const {
    const QString clean = QDir::cleanPath(folder);
    for (size_t i = 0; i < runs_.size(); ++i)
        if (QDir::cleanPath(runs_[i].path) == clean) return static_cast<int>(i);
    return -1;
}

void RunListModel::setActive(const QString& folder) {
    const int before = rowOf(active_);
    active_ = folder;
    const int after = rowOf(active_);
    for (int row : {before, after})
        if (row >= 0) emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RunListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(runs_.size());
}

int RunListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunListModel::statusText(const RunInfo& r) const {
    if (!active_.isEmpty() && QDir::cleanPath(active_) == QDir::cleanPath(r.path))
        return tr("training");
    if (!r.error.isEmpty()) return tr("unreadable");
    if (r.finished()) return tr("finished");
    return r.hasLast ? tr("stopped") : tr("not started");
}

QVariant RunListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
    const RunInfo& r = runs_[static_cast<size_t>(index.row())];
    const bool active = !active_.isEmpty() && QDir::cleanPath(active_) == QDir::cleanPath(r.path);
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case Name:
                    return r.name;
                case Model:
                    return r.error.isEmpty() ? QStringLiteral("%1 + %2").arg(
                                                   QString::fromStdString(r.config.model.arch),
                                                   QString::fromStdString(r.config.model.head))
                                             : QString();
                case Epochs:
                    return tr("%1 / %2").arg(r.epochsDone).arg(r.totalEpochs());
                case BestTop1:
                    return r.bestTop1 < 0
                               ? QString()
                               : QLocale().toString(100 * r.bestTop1, 'f', 1) + QLatin1Char('%');
                case Status:
                    return statusText(r);
            }
            return {};
        case Qt::ToolTipRole:
            return r.error.isEmpty() ? r.path : r.error;
        case Qt::TextAlignmentRole:
            return index.column() == Epochs || index.column() == BestTop1
                       ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                       : QVariant();
        case PathRole:
            return r.path;
        case ResumableRole:
            return r.error.isEmpty() && !r.finished() && !active;
        default:
            return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Name:
            return tr("Run");
        case Model:
            return tr("Model");
        case Epochs:
            return tr("Epochs");
        case BestTop1:
            return tr("Best top-1");
        case Status:
            return tr("Status");
    }
    return {};
}
