#pragma once
/// @file AnalysisOverview.h
/// @brief The analysis charts: accuracy per supercategory, accuracy by training-count bucket,
/// and where in the taxonomy the errors fall.

#include <QWidget>
#include <memory>

#include "state/AnalysisResult.h"

class BarChart;

/// @brief Three bar charts of one analysis, or of two side by side (A/B).
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

  signals:
    /// @brief A supercategory's bar was clicked (index into Taxonomy::supercategories()).
    void supercategoryClicked(int index);

  private:
    BarChart* supers_;
    BarChart* buckets_;
    BarChart* ranks_;
};
