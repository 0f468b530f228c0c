#pragma once
/// @file PerClassView.h
/// @brief The per-class tab: a sortable, filterable table of classes, and for the chosen class
/// the species its val images were taken for, each shown side by side with it.

#include <QWidget>
#include <memory>

#include "state/AnalysisResult.h"

class PairView;
class PerClassFilter;
class PerClassModel;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QTableView;

/// @brief Worst classes first; choosing one lists its mistakes, choosing a mistake shows the
/// two species.
class PerClassView : public QWidget {
    Q_OBJECT

  public:
    explicit PerClassView(QWidget* parent = nullptr);

    /// @brief Shows @p a, compared with @p b when given.
    void setResults(std::shared_ptr<const LoadedDataset> data,
                    std::shared_ptr<const AnalysisResult> a,
                    std::shared_ptr<const AnalysisResult> b);
    /// @brief Selects class @p c (clearing filters that hide it) and lists its mistakes.
    void showClass(int32_t c);
    /// @brief Filters the table by species or supercategory name.
    void setFilterText(const QString& text);

    PerClassModel* model() const { return model_; }
    PerClassFilter* filter() const { return filter_; }
    QTableView* table() const { return table_; }
    QListWidget* mistakes() const { return mistakenFor_; }
    PairView* pairView() const { return pair_; }

  signals:
    void imageRequested(int imageIndex);
    /// @brief The table's current class changed to @p c (class index).
    void currentClassChanged(int32_t c);

  private:
    void classChosen(const QModelIndex& index);

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> a_;
    PerClassModel* model_;
    PerClassFilter* filter_;
    QLineEdit* search_;
    QCheckBox* onlyMistakes_;
    QTableView* table_;
    QListWidget* mistakenFor_;
    PairView* pair_;
};
