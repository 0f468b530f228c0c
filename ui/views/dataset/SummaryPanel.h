#pragma once
/// @file SummaryPanel.h
/// @brief The dataset summary: per-supercategory table, the long tail in brief and the
/// split-check findings, each leading to what it concerns.

#include <QWidget>
#include <memory>

#include "state/LoadedDataset.h"

class FindingItemsModel;
class QLabel;
class QListView;
class QListWidget;
class QTableView;
class SummaryModel;

class SummaryPanel : public QWidget {
    Q_OBJECT

  public:
    explicit SummaryPanel(QWidget* parent = nullptr);
    void setDataset(std::shared_ptr<const LoadedDataset> data);

    QListWidget* findings() const { return findings_; }
    QListView* findingItems() const { return items_; }

  signals:
    /// @brief A species named by a finding was chosen.
    void speciesRequested(int classIndex);
    /// @brief An image named by a finding was chosen.
    void imageRequested(int imageIndex);
    /// @brief A row of the supercategory table was double-clicked.
    void supercategoryRequested(int index);

  private:
    void showFinding(int index);

    std::shared_ptr<const LoadedDataset> data_;
    SummaryModel* model_;
    QTableView* table_;
    QLabel* heading_;
    QLabel* tail_;
    QListWidget* findings_;
    FindingItemsModel* itemsModel_;
    QListView* items_;
    QWidget* itemsBox_;
    QLabel* itemsLabel_;
};
