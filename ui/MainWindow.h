#pragma once
/// @file MainWindow.h
/// @brief The main window: menus, the panels, and opening datasets in the background.

#include <QMainWindow>
#include <memory>

#include "state/DatasetSource.h"
#include "state/LoadedDataset.h"
#include "state/StartupRequest.h"

class AnalysisPanel;
class BackgroundJob;
class ImageViewer;
class LongTailPanel;
class MapPanel;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class SpeciesPanel;
class SummaryPanel;
class TaxonomyPanel;
class TrainingPanel;

/// @brief The taxonomy browser docked on the left; species, long tail and summary as tabs.
/// The window only routes between panels: each panel owns its widgets and models.
class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    /// @brief The central tabs, in order.
    enum Tab { SpeciesTab, LongTailTab, SummaryTab, TrainingTab, AnalysisTab, MapTab };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// @brief Opens a dataset folder in the background; the window stays responsive.
    void openDataset(const QString& folder);
    /// @brief Opens explicitly chosen annotation files in the background.
    void openFiles(const QStringList& files);
    /// @brief Opens the demo dataset, generating it first (with progress) if absent.
    void openDemoDataset();
    /// @brief The dataset on screen, or nullptr.
    std::shared_ptr<const LoadedDataset> dataset() const { return data_; }

    /// @brief Selects the first taxon of that name (any rank); false if there is none.
    bool selectTaxonByName(const QString& name);
    /// @brief Carries out what taxa's options ask for (state/StartupRequest.h): the first view
    /// now, a run to start and an analysis to show once the dataset is open, then opens the
    /// dataset (the one asked for, else the last one, else the demo).
    void apply(const StartupRequest& request);
    void showTab(Tab tab);
    Tab currentTab() const;

    TaxonomyPanel* taxonomyPanel() const { return taxonomy_; }
    SpeciesPanel* speciesPanel() const { return species_; }
    LongTailPanel* longTailPanel() const { return longTail_; }
    SummaryPanel* summaryPanel() const { return summary_; }
    TrainingPanel* trainingPanel() const { return training_; }
    AnalysisPanel* analysisPanel() const { return analysis_; }
    MapPanel* mapPanel() const { return map_; }

    /// @brief Closes as the user would but without asking: a run in training stops after its
    /// batch and saves (on SIGTERM, Ctrl-C in the terminal, logout).
    void closeWithoutAsking();

  signals:
    /// @brief A dataset is on screen and usable (its test split may still be loading).
    void datasetOpened();
    /// @brief The open dataset's test split and the checks across all splits are in too.
    void datasetCompleted();

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    /// A warning box, its message also on stderr.
    void warn(const QString& title, const QString& message);
    void buildMenus();
    void connectPanels();
    void showRequestedTab(const QString& tab);
    void startRequested(const StartupRequest& request);
    void followRequestedAnalysis(const StartupRequest& request);
    void openStartDataset(const QStringList& datasets);
    void chooseDataset();
    void chooseFiles();
    void open(const DatasetSource& source);
    void loaded();
    void completed();
    void updateRecentMenu();
    void setBusy(const QString& stage, qint64 done, qint64 total);
    void showSpecies(int classIndex, bool activate);
    void showImage(int imageIndex);
    void followAnalysedRun();
    void restoreLayout();

    BackgroundJob* loadJob_;
    BackgroundJob* demoJob_;
    BackgroundJob* completeJob_;  ///< Reads the test split after the window is usable.
    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const LoadedDataset> pending_;
    std::shared_ptr<const LoadedDataset> pendingComplete_;
    taxa::DatasetFiles pendingFiles_;
    DatasetSource pendingSource_;
    TaxonomyPanel* taxonomy_;
    QDockWidget* taxonomyDock_;
    QTabWidget* tabs_;
    SpeciesPanel* species_;
    LongTailPanel* longTail_;
    SummaryPanel* summary_;
    TrainingPanel* training_;
    AnalysisPanel* analysis_;
    MapPanel* map_;
    ImageViewer* looseViewer_ = nullptr;  ///< For images without a species (test split).
    QMenu* recentMenu_ = nullptr;
    QLabel* status_;
    QProgressBar* progress_;
    bool closeWithoutAsking_ = false;
    int modalsClosed_ = 0;  ///< dialogs ended by closeWithoutAsking()
};
