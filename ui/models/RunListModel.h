#pragma once
/// @file RunListModel.h
/// @brief The past training runs, one row each.

#include <QAbstractTableModel>
#include <vector>

#include "state/RunFolder.h"

/// @brief Rows of RunInfo, newest first as scanRuns() gives them.
class RunListModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { Name, Model, Epochs, BestTop1, Status, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1,  ///< The run folder.
        ResumableRole,                ///< Unfinished, with a readable config.
    };

    explicit RunListModel(QObject* parent = nullptr);

    void setRuns(std::vector<RunInfo> runs);
    const RunInfo& run(int row) const { return runs_[static_cast<size_t>(row)]; }
    /// @brief Row of the run in @p folder, or -1.
    int rowOf(const QString& folder) const;
    /// @brief Marks a run as the one training now, so it is not offered for resuming.
    void setActive(const QString& folder);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    QString statusText(const RunInfo& r) const;

    std::vector<RunInfo> runs_;
    QString active_;
};
