#pragma once
/// @file TaxonomyPanel.h
/// @brief The taxonomy browser: search and filters over a sortable tree of taxa with counts.

#include <QWidget>
#include <memory>

#include "state/LoadedDataset.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeView;
class ShareBarDelegate;
class TaxonomyFilterProxy;
class TaxonomyModel;

/// @brief Search box (any rank, or one rank), training-count range, the choice between the
/// 7-rank tree and supercategory -> species, and the tree itself.
class TaxonomyPanel : public QWidget {
    Q_OBJECT

  public:
    explicit TaxonomyPanel(QWidget* parent = nullptr);

    /// @brief Shows @p data. With @p keepState (the same dataset, more fully loaded), filters,
    /// shape and selection stay as they are.
    void setDataset(std::shared_ptr<const LoadedDataset> data, bool keepState = false);
    /// @brief Selects and reveals a taxonomy node, switching to the 7-rank tree if the flat
    /// view does not show it and clearing filters that hide it.
    void selectTaxon(int32_t taxon);
    /// @brief Selects and reveals a supercategory.
    void selectSupercategory(int index);
    /// @brief Shows species with a training count in [lo, hi] only.
    void setTrainRange(qint64 lo, qint64 hi);
    void clearFilters();
    /// @brief Switches between the 7-rank tree (false) and supercategory -> species (true).
    void setFlat(bool flat);

    /// @brief Column widths and view shape, for QSettings.
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

    QTreeView* view() const { return tree_; }
    QLineEdit* searchBox() const { return search_; }
    TaxonomyModel* model() const { return model_; }
    TaxonomyFilterProxy* proxy() const { return proxy_; }

  signals:
    /// @brief The current row is this taxonomy node.
    void taxonSelected(int taxon);
    /// @brief The current row is this supercategory (flat view).
    void supercategorySelected(int index);
    /// @brief A taxon was double-clicked or chosen with Enter.
    void taxonActivated(int taxon);

  private:
    void applyFilter();
    void updateExpansion();
    void currentChanged(const QModelIndex& current);
    void restoreSelection();
    void fitColumns();
    void fitRankColumn();
    /// The rank filter's entries and the tree's name, for the ranks the dataset has.
    void fillRanks();

    std::shared_ptr<const LoadedDataset> data_;
    TaxonomyModel* model_;
    TaxonomyFilterProxy* proxy_;
    ShareBarDelegate* bars_;
    QLineEdit* search_;
    QComboBox* rank_;
    QSpinBox* minTrain_;
    QSpinBox* maxTrain_;
    QComboBox* shape_;
    QLabel* shown_;
    QTreeView* tree_;
    int32_t currentTaxon_ = -1;
    int currentSuper_ = -1;
};
