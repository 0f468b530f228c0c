#pragma once
/// @file SummaryPanel.h
/// @brief The dataset summary: per-supercategory table, the long tail in brief and the
/// split-check findings.

#include <QWidget>
#include <memory>

#include "models/LoadedDataset.h"

class QLabel;
class QListWidget;
class QTableView;
class SummaryModel;

class SummaryPanel : public QWidget {
    Q_OBJECT

  public:
    explicit SummaryPanel(QWidget* parent = nullptr);
    void setDataset(std::shared_ptr<const LoadedDataset> data);

  private:
    SummaryModel* model_;
    QTableView* table_;
    QLabel* heading_;
    QLabel* tail_;
    QListWidget* findings_;
};
