#pragma once
/// @file AnalysisPanel.h
/// @brief The Analysis panel: open or make predictions of the val split, then the headline
/// errors, the charts, the confused pairs with their images, the per-class table with each
/// class's mistakes, the taxonomy-ordered confusion matrix, the likely label errors,
/// calibration, precision-recall curves, an A/B comparison, and export. Reading, predicting and
/// analysing run in the background.

#include <QWidget>
#include <functional>
#include <memory>

#include "jobs/PredictJob.h"
#include "state/AnalysisResult.h"

class AnalysisOverview;
class QAction;
class CalibrationView;
class ConfusedPairsView;
class ConfusionBrowser;
class FeatureMapView;
class LabelErrorsView;
class GeoPriorView;
class JobStatus;
class PerClassView;
class PrecisionRecallView;
class QLabel;
class QTabWidget;

class AnalysisPanel : public QWidget {
    Q_OBJECT

  public:
    /// @brief The inner tabs, in order.
    enum Tab {
        OverviewTab,
        PairsTab,
        ClassesTab,
        ConfusionTab,
        LabelErrorsTab,
        CalibrationTab,
        PrecisionRecallTab,
        GeoTab,
        FeatureMapTab
    };
    /// @brief Which slot a prediction set goes to.
    enum Slot { A, B };
    Q_ENUM(Slot)

    explicit AnalysisPanel(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const LoadedDataset> data);

    /// @brief Reads and analyses a predictions file (Kaggle CSV or top-k store) in the
    /// background; false if another job is running or no dataset is open.
    bool openPredictions(const QString& path, Slot slot = A);
    /// @brief Predicts the val split with @p checkpoint, then analyses. When the checkpoint is
    /// in a run's checkpoints/ folder the predictions are saved in the run's predictions/.
    bool predictWithCheckpoint(const QString& checkpoint, Slot slot = A);
    /// @brief Analyses a run: its saved val predictions, or predictions of its best checkpoint.
    bool analyseRun(const QString& runDir, Slot slot = A);
    /// @brief Analyses predictions already in memory (background), named @p label.
    bool analysePredictions(taxa::PredictionSet predictions, const QString& label, Slot slot = A);
    /// @brief analyseRun() for a folder, else openPredictions().
    bool analyse(const QString& runOrPredictions, Slot slot = A);
    /// @brief Opens a geographic prior once nothing else runs and switches it on.
    void useGeoPrior(const QString& path);
    /// @brief The confused pairs with the saliency overlay (why the guess, not the label) on.
    void showWhy();
    void clearComparison();
    void cancel();
    bool isBusy() const;

    /// @brief Writes the report: .json (the evaluate --json schema) or .csv (per class, then
    /// the confused pairs). False with @p error set on failure.
    bool exportReport(const QString& path, QString* error = nullptr) const;
    /// @brief Writes every chart as BASE-<name>.<suffix of @p path>.
    bool exportPlots(const QString& path, QString* error = nullptr) const;

    std::shared_ptr<const AnalysisResult> result() const { return a_; }
    std::shared_ptr<const AnalysisResult> comparison() const { return b_; }
    QString headline() const;
    void showTab(Tab tab);
    Tab currentTab() const;
    /// @brief Shows the pair in the confused-pairs tab.
    void showPair(int32_t a, int32_t b);
    /// @brief Selects a class in the per-class tab and shows its mistakes.
    void showClass(int32_t c);

    AnalysisOverview* overview() const { return overview_; }
    ConfusedPairsView* pairs() const { return pairs_; }
    PerClassView* classes() const { return classes_; }
    ConfusionBrowser* confusion() const { return confusion_; }
    LabelErrorsView* labelErrors() const { return labelErrors_; }
    CalibrationView* calibration() const { return calibration_; }
    PrecisionRecallView* precisionRecall() const { return precisionRecall_; }
    GeoPriorView* geo() const { return geo_; }
    FeatureMapView* featureMap() const { return featureMap_; }

  signals:
    /// @brief A prediction set was analysed and is on screen.
    void analysed(Slot slot);
    void failed(const QString& message);
    /// @brief An image was double-clicked.
    void imageRequested(int imageIndex);

  private:
    bool run(const QString& what, Slot slot, AnalysisWork work);
    void adopt(std::shared_ptr<AnalysisResult> result, Slot slot, int generation);
    void refresh();
    void chooseAndOpen(Slot slot);
    void chooseCheckpoint(Slot slot);
    void chooseRun(Slot slot);
    void chooseReportFile();
    void choosePlotsFile();
    QWidget* buildToolbar();
    void connectFeatureMap();

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> a_, b_;
    int generation_ = 0;  ///< Counts dataset changes; a job's result is for its generation.
    QLabel* headline_;
    JobStatus* status_;
    QAction* clearB_ = nullptr;
    QTabWidget* tabs_;
    AnalysisOverview* overview_;
    ConfusedPairsView* pairs_;
    PerClassView* classes_;
    ConfusionBrowser* confusion_;
    LabelErrorsView* labelErrors_;
    CalibrationView* calibration_;
    PrecisionRecallView* precisionRecall_;
    GeoPriorView* geo_;
    FeatureMapView* featureMap_;
};
