#pragma once
/// @file SummaryPanel.h
/// @brief The dataset summary: per-supercategory table, the long tail in brief and the
/// split-check findings, each leading to what it concerns; near-duplicates across splits by
/// features (the analysed run's or a chosen file's) on request, their pairs side by side.

#include <QWidget>
#include <memory>

#include "embed/NearDuplicateReport.h"
#include "state/LoadedDataset.h"
#include "workers/BackgroundJob.h"

class FindingItemsModel;
class JobStatus;
class NearDuplicatePairDialog;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QTableView;
class SummaryModel;

class SummaryPanel : public QWidget {
    Q_OBJECT

  public:
    using NearDuplicates = std::shared_ptr<const taxa::embed::NearDuplicateReport>;

    explicit SummaryPanel(QWidget* parent = nullptr);
    /// @brief Shows @p data. With @p sameImages (the test split read after train and val) a
    /// near-duplicates result stays; otherwise it goes, and a search running is cancelled.
    void setDataset(std::shared_ptr<const LoadedDataset> data, bool sameImages = false);
    /// @brief The analysed run's checkpoint (empty: none): its features are offered.
    void setRunCheckpoint(const QString& checkpoint);
    /// @brief Looks for near-duplicates in the features file @p path in the background, at the
    /// threshold set; false if a search runs or no dataset is open.
    bool findNearDuplicates(const QString& path);
    /// @brief The same over the analysed run's features, computed first when missing.
    bool findNearDuplicatesOfRun();

    QListWidget* findings() const { return findings_; }
    QListView* findingItems() const { return items_; }
    QPushButton* nearDuplicateButton() const { return nearButton_; }
    QDoubleSpinBox* nearThreshold() const { return threshold_; }
    JobStatus* nearDuplicateStatus() const { return nearStatus_; }
    NearDuplicates nearDuplicates() const { return near_; }
    /// @brief The findings row of the near-duplicates result, or -1.
    int nearDuplicateRow() const { return nearRow_; }
    /// @brief The pair window, once a pair was chosen (else nullptr).
    NearDuplicatePairDialog* pairDialog() const { return pairDialog_; }

  signals:
    /// @brief A species named by a finding was chosen.
    void speciesRequested(int classIndex);
    /// @brief An image named by a finding was chosen.
    void imageRequested(int imageIndex);
    /// @brief A row of the supercategory table was double-clicked.
    void supercategoryRequested(int index);

  private:
    void showFinding(int index);
    void showPairs();
    void fillFindings();
    void addNearDuplicateRow();
    QWidget* buildNearDuplicateRow();
    void updateNearButton();
    void chooseFeatures();
    bool startNearDuplicates(const QString& what, const QString& features, BackgroundJob::Work work,
                             std::shared_ptr<taxa::embed::NearDuplicateReport> out);
    void showPair(const QModelIndex& index, bool raise = true);

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
    QPushButton* nearButton_ = nullptr;
    QDoubleSpinBox* threshold_ = nullptr;
    JobStatus* nearStatus_ = nullptr;
    QString checkpoint_;  ///< Of the analysed run, or empty.
    NearDuplicates near_;
    std::shared_ptr<taxa::embed::NearDuplicateReport> pending_;  ///< The search running.
    QString nearFeatures_;  ///< The features file of near_, as shown.
    int nearRow_ = -1;
    NearDuplicatePairDialog* pairDialog_ = nullptr;
};
