#pragma once
/// @file CalibrationModel.h
/// @brief Calibration of an analysis by group: the whole split, each supercategory and each
/// training-count bucket, with the expected calibration error before and after temperature
/// scaling.

#include <QAbstractTableModel>
#include <memory>

#include "state/AnalysisResult.h"

/// @brief Row 0 is the whole split, then the supercategories (Taxonomy order), then the
/// buckets that hold images. Empty when the predictions carry no scores.
class CalibrationModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { Group, Images, Accuracy, Confidence, Ece, EceScaled, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit CalibrationModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const LoadedDataset> data,
                   std::shared_ptr<const AnalysisResult> result);
    /// @brief The reliability of a row's group, before (or with @p scaled, after) scaling.
    const taxa::Reliability* reliability(int row, bool scaled) const;
    QString groupName(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    struct Row {
        QString name;
        const taxa::Reliability* before = nullptr;
        const taxa::Reliability* after = nullptr;  ///< Null without a temperature.
    };
    QVariant value(const Row& row, int column) const;

    std::shared_ptr<const AnalysisResult> result_;
    QVector<Row> rows_;
};
