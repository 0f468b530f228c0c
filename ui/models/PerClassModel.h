#pragma once
/// @file PerClassModel.h
/// @brief Per-class accuracy of an analysis, optionally against a second one (A/B).

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <memory>
#include <string>
#include <vector>

#include "state/AnalysisResult.h"

/// @brief One row per class. With a comparison set, two more columns: B's top-1 and B - A.
class PerClassModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column {
        Species,
        Supercategory,
        Train,
        Val,
        Top1,
        Top3,
        Hardness,  ///< Mean entropy of its images' predictions (needs scores).
        Top1B,
        Delta,
        ColumnCount
    };
    enum Role {
        ClassRole = Qt::UserRole + 1,
        SortRole,     ///< Numbers as numbers, names as text.
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

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> a_, b_;
};

/// @brief Sorts PerClassModel by SortRole and keeps classes whose species or supercategory
/// name contains the filter text; optionally only classes with mistakes.
class PerClassFilter : public QSortFilterProxyModel {
    Q_OBJECT

  public:
    explicit PerClassFilter(QObject* parent = nullptr);
    void setText(const QString& text);
    void setOnlyMistakes(bool only);

  protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

  private:
    std::string needle_;  ///< Lower-cased UTF-8, matched against LoadedDataset's lower names.
    bool onlyMistakes_ = false;
};
