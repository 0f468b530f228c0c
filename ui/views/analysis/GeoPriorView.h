#pragma once
/// @file GeoPriorView.h
/// @brief The geographic prior in the Analysis panel: train one (network or grid) or open one,
/// see how well it names species alone (next to the class-frequency prior), and switch it on:
/// the val predictions times the prior become the comparison (B), so that every chart shows
/// without and with the prior side by side; the table lists which confused pairs it separates.
/// Training, scoring and combining run in the background.

#include <QWidget>
#include <functional>
#include <memory>

#include "geo/GeoPrior.h"
#include "state/AnalysisResult.h"
#include "workers/BackgroundJob.h"

class JobStatus;
class PriorPairsModel;
class QCheckBox;
class QLabel;
class QTableView;

class GeoPriorView : public QWidget {
    Q_OBJECT

  public:
    explicit GeoPriorView(QWidget* parent = nullptr);
    ~GeoPriorView() override;

    /// @brief A new dataset: the prior last used with it is opened again, if any, once the view
    /// is first shown.
    void setDataset(std::shared_ptr<const LoadedDataset> data);
    /// @brief The analysis without (A) and, when the prior is on, with it (B).
    void setResults(std::shared_ptr<const AnalysisResult> a,
                    std::shared_ptr<const AnalysisResult> b);

    /// @brief Trains the network prior (the paper's settings unless @p epochs > 0) and saves it.
    bool trainNetwork(int epochs = 0);
    /// @brief Builds the grid prior and saves it.
    bool buildGrid();
    /// @brief Opens a GEO file.
    bool openPrior(const QString& path);
    /// @brief Switches the prior on (B = A times the prior) or off.
    void setUsePrior(bool on);
    /// @brief Opens @p path as soon as nothing else runs, then switches it on.
    void openAndUse(const QString& path);

    std::shared_ptr<const taxa::geo::GeoPrior> prior() const { return prior_; }
    QString priorPath() const { return priorPath_; }
    /// @brief The label of the analysis with the prior (B): "A x network prior".
    static QString combinedLabel(const QString& kind);
    bool isBusy() const;
    PriorPairsModel* pairs() const { return pairs_; }
    QCheckBox* useBox() const { return use_; }

  signals:
    /// @brief Predictions times the prior, ready to be analysed as B.
    void combined(std::shared_ptr<taxa::PredictionSet> predictions, const QString& label);
    /// @brief The prior was switched off: B should go.
    void switchedOff();
    /// @brief A prior was trained or opened, and scored alone.
    void priorReady();
    void failed(const QString& message);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void startJob(const QString& what, BackgroundJob::Work work, std::function<void()> done);
    void adopt(std::shared_ptr<taxa::geo::GeoPrior> prior, const QString& path,
               const QString& summary);
    void combine();
    void updateText();

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> a_, b_;
    std::shared_ptr<const taxa::geo::GeoPrior> prior_;
    QString priorPath_, alone_;
    QString openThenUse_;  ///< A prior to open and switch on once the running job is done.
    QString remembered_;   ///< The dataset's last prior, opened when the view is first shown.
    PriorPairsModel* pairs_;
    JobStatus* status_;
    QLabel* summary_;
    QCheckBox* use_;
    QTableView* table_;
};
