#pragma once
/// @file AnalysisOverview.h
/// @brief The analysis charts: accuracy per supercategory, accuracy by training-count bucket,
/// and where in the taxonomy the errors fall, under a line of macro-averaged precision, recall
/// and F1.

#include <QWidget>
#include <memory>

#include "state/AnalysisResult.h"

class BarChart;
class QLabel;

/// @brief Three bar charts of one analysis, or of two side by side (A/B), and the macro scores
/// of each.
class AnalysisOverview : public QWidget {
    Q_OBJECT

  public:
    explicit AnalysisOverview(QWidget* parent = nullptr);

    void setResults(std::shared_ptr<const LoadedDataset> data,
                    std::shared_ptr<const AnalysisResult> a,
                    std::shared_ptr<const AnalysisResult> b = nullptr);

    BarChart* supercategories() const { return supers_; }
    BarChart* buckets() const { return buckets_; }
    BarChart* rankOfError() const { return ranks_; }
    /// @brief The macro precision, recall and F1 line (rich text; empty with nothing analysed).
    QString macroText() const;

  signals:
    /// @brief A supercategory's bar was clicked (index into Taxonomy::supercategories()).
    void supercategoryClicked(int index);

  private:
    void showMacro(const AnalysisResult& a, const AnalysisResult* b);
    void showRanks(const taxa::Taxonomy& tax, const AnalysisResult& a, const AnalysisResult* b);

    QLabel* macro_;
    BarChart* supers_;
    BarChart* buckets_;
    BarChart* ranks_;
};
