#pragma once
/// @file MainWindow.h
/// @brief The main window: menus, the panels, and opening datasets in the background.

#include <QMainWindow>
#include <memory>

#include "models/LoadedDataset.h"

class BackgroundJob;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class SummaryPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// @brief Opens a dataset folder in the background; the window stays responsive.
    void openDataset(const QString& folder);
    /// @brief Opens the demo dataset, generating it first (with progress) if absent.
    void openDemoDataset();
    /// @brief The dataset on screen, or nullptr.
    std::shared_ptr<const LoadedDataset> dataset() const { return data_; }

  signals:
    /// @brief A dataset finished loading and is on screen.
    void datasetOpened();

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildMenus();
    void chooseDataset();
    void updateRecentMenu();
    void setBusy(const QString& stage, qint64 done, qint64 total);

    BackgroundJob* loadJob_;
    BackgroundJob* demoJob_;
    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const LoadedDataset> pending_;
    QString pendingFolder_;
    QTabWidget* tabs_;
    SummaryPanel* summary_;
    QMenu* recentMenu_ = nullptr;
    QLabel* status_;
    QProgressBar* progress_;
};
