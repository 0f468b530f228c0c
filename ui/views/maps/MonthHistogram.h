#pragma once
/// @file MonthHistogram.h
/// @brief When a taxon is seen: each split's photos per month of the year, as shares of the
/// split's dated photos, train and val side by side (so that 3 val photos and 1,000 train
/// photos compare on one axis). Hovering a bar gives the counts.

#include <qcustomplot.h>

#include <array>
#include <cstdint>

class MonthHistogram : public QCustomPlot {
    Q_OBJECT

  public:
    explicit MonthHistogram(QWidget* parent = nullptr);

    /// @brief Counts per month (January first) of the two splits.
    void setCounts(const std::array<int64_t, 12>& train, const std::array<int64_t, 12>& val);
    /// @brief Percentage of the split's dated photos taken in @p month (0 = January).
    double trainShare(int month) const;
    double valShare(int month) const;

    QSize sizeHint() const override { return {300, 300}; }
    QSize minimumSizeHint() const override { return {200, 150}; }

  protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    QCPBars* train_;
    QCPBars* val_;
    std::array<std::array<int64_t, 12>, 2> counts_{};
};
