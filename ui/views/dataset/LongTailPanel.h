#pragma once
/// @file LongTailPanel.h
/// @brief The long tail of a dataset: images per species, and species per count bucket.

#include <QWidget>
#include <memory>

#include "state/LoadedDataset.h"

class BucketPlot;
class LongTailPlot;

/// @brief Both long-tail plots, one above the other, with a line on how to use them.
class LongTailPanel : public QWidget {
    Q_OBJECT

  public:
    explicit LongTailPanel(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const LoadedDataset> data);
    LongTailPlot* curve() const { return curve_; }
    BucketPlot* buckets() const { return buckets_; }

  private:
    LongTailPlot* curve_;
    BucketPlot* buckets_;
};
