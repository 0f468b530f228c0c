#pragma once
/// @file PerClassModel.h
/// @brief Per-class accuracy of an analysis, optionally against a second one (A/B).

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <memory>
#include <string>
#include <vector>

#include "state/AnalysisResult.h"

/// @brief One row per class. With a comparison set, four more columns: B's top-1 and B - A,
/// B's F1 and B - A.
///
/// A measure that is undefined shows as a dash and has no SortRole value (PerClassFilter sorts
/// it last either way): every measure of a class without val images, and the precision of a
/// class never guessed (its recall and F1 are then 0).
class PerClassModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column {
        Species,
        Supercategory,
        Train,
        Val,
        Top1,       ///< Top-1 accuracy, which is the class's recall.
        Precision,  ///< Of the images guessed (top-1) as the class, the share that are of it.
        F1,
        Top3,
        Hardness,  ///< Mean entropy of its images' predictions (needs scores).
        Top1B,
        Delta,  ///< Top-1 of B minus that of A.
        F1B,
        DeltaF1,  ///< F1 of B minus that of A.
        ColumnCount
    };
    enum Role {
        ClassRole = Qt::UserRole + 1,
        SortRole,     ///< Numbers as numbers, names as text; invalid when undefined.
        MistakesRole  ///< Val images of the class with a wrong first guess.
    };

    explicit PerClassModel(QObject* parent = nullptr);

    /// @brief Shows @p a, compared with @p b when given.
    void setResults(std::shared_ptr<const LoadedDataset> data,
                    std::shared_ptr<const AnalysisResult> a,
                    std::shared_ptr<const AnalysisResult> b = nullptr);
    /// @brief Row of class @p c (rows are classes in order).
    int rowOfClass(int32_t c) const { return c; }
    const LoadedDataset* dataset() const { return data_.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    QVariant value(int32_t c, int column) const;
    QString display(int32_t c, int column) const;
    QString headerTip(int section) const;

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> a_, b_;
};

/// @brief Sorts PerClassModel by SortRole, undefined values last in either order, and keeps
/// classes whose species or supercategory name contains the filter text; optionally only
/// classes with mistakes.
class PerClassFilter : public QSortFilterProxyModel {
    Q_OBJECT

  public:
    explicit PerClassFilter(QObject* parent = nullptr);
    void setText(const QString& text);
    void setOnlyMistakes(bool only);

  protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

  private:
    std::string needle_;  ///< Lower-cased UTF-8, matched against LoadedDataset's lower names.
    bool onlyMistakes_ = false;
};
