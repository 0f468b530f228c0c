#pragma once
/// @file MapPanel.h
/// @brief Where and when a taxon is seen: the world map of its train and val photos and the
/// month-of-year histogram beside it, following the taxonomy's selection. The photos are
/// gathered off the GUI thread; the map draws them as symbols, dots or a density shading.

#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <vector>

#include "state/LoadedDataset.h"
#include "state/TaxonObservations.h"

class MonthHistogram;
class QCheckBox;
class QLabel;
class QSplitter;
class WorldMap;

class MapPanel : public QWidget {
    Q_OBJECT

  public:
    explicit MapPanel(QWidget* parent = nullptr);
    ~MapPanel() override;

    /// @brief Shows @p data from its root; with @p keepState (the same dataset, more fully
    /// loaded) what is on screen stays.
    void setDataset(std::shared_ptr<const LoadedDataset> data, bool keepState = false);
    /// @brief Shows a taxonomy node (any rank; the root shows every photo).
    void showTaxon(int32_t taxon);
    /// @brief Shows a supercategory.
    void showSupercategory(int index);

    WorldMap* map() const { return map_; }
    MonthHistogram* months() const { return months_; }
    QCheckBox* showTrain() const { return showTrain_; }
    QCheckBox* showVal() const { return showVal_; }
    /// @brief The observations on screen (empty before the first has been gathered).
    const TaxonObservations& observations() const { return shown_; }
    /// @brief True while a taxon's photos are being gathered.
    bool isGathering() const;

  signals:
    /// @brief A taxon's photos are gathered and handed to the map and the histogram.
    void observationsShown();

  protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    void request(const QString& title, std::vector<int32_t> classes);
    void startPending();
    void finished();
    void updateScene(bool fit);

    std::shared_ptr<const LoadedDataset> data_;
    /// The taxon to gather next: waits until the panel is visible and the last one is done.
    bool pending_ = false;
    QString pendingTitle_, runningTitle_;
    std::vector<int32_t> pendingClasses_;
    QFutureWatcher<TaxonObservations> watcher_;
    TaxonObservations shown_;
    QLabel* title_;
    QLabel* facts_;
    WorldMap* map_;
    MonthHistogram* months_;
    QSplitter* split_;
    QCheckBox* showTrain_;
    QCheckBox* showVal_;
};
