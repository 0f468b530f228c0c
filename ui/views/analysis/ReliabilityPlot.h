#pragma once
/// @file ReliabilityPlot.h
/// @brief A reliability diagram: accuracy against top-1 confidence in 15 equal-width bins, the
/// gap to perfect calibration, and how many images each bin holds.

#include <qcustomplot.h>

#include "eval/Calibration.h"

/// @brief Upper axis: per bin, the accuracy as a bar and the gap to the bin's mean confidence
/// as a red band (above the bar: over-confident; below its top: under-confident), with the
/// diagonal of perfect calibration. Lower axis: the share of images per bin.
class ReliabilityPlot : public QCustomPlot {
    Q_OBJECT

  public:
    explicit ReliabilityPlot(QWidget* parent = nullptr);

    /// @brief Shows @p r under the title @p title (e.g. the group and its ECE).
    void setReliability(const taxa::Reliability& r, const QString& title);
    void clear(const QString& message);
    QString title() const;
    /// @brief Bars drawn (bins holding images), for tests.
    int binsShown() const { return binsShown_; }

  private:
    QCPTextElement* title_;
    QCPAxisRect* counts_;
    QCPBars* accuracy_;
    QCPBars* share_;
    int binsShown_ = 0;
};
