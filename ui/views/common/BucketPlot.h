#pragma once
/// @file BucketPlot.h
/// @brief Species per training-count bucket, stacked by supercategory.

#include <qcustomplot.h>
#include <memory>
#include <vector>

#include "state/LoadedDataset.h"

/// @brief One stacked bar per bucket of Buckets.h (2-4, 5-9, ... training images), a segment
/// per supercategory. Hovering names the segment; a click asks to show that bucket's species.
class BucketPlot : public QCustomPlot {
    Q_OBJECT

  public:
    explicit BucketPlot(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const LoadedDataset> data);
    /// @brief Bucket index under @p pos, or -1.
    int bucketAt(const QPoint& pos) const;
    /// @brief Species in a bucket (all supercategories).
    int64_t speciesIn(int bucket) const;
    int bucketCount() const { return static_cast<int>(edges_.size()) - 1; }

  signals:
    /// @brief A bucket was clicked: species with lo..hi training images (inclusive).
    void bucketClicked(qint64 lo, qint64 hi);

  protected:
    void showEvent(QShowEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

  private:
    void rebuild();
    QString bucketLabel(int bucket) const;

    std::shared_ptr<const LoadedDataset> data_;
    bool dirty_ = false;
    std::vector<int64_t> edges_;
    std::vector<std::vector<int64_t>> counts_;  ///< [bucket][supercategory] species.
    int hovered_ = -2;
};
