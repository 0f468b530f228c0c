#pragma once
/// @file ConfusionRaster.h
/// @brief A slice of the confusion matrix drawn into pixels: one pass over its non-empty cells,
/// so the cost follows the confusions that occur and the pixels shown, never classes squared.

#include <QColor>
#include <QImage>
#include <QSize>
#include <vector>

#include "eval/ConfusionIndex.h"

/// @brief The picture of a slice, and which cell each pixel shows.
struct ConfusionRaster {
    QImage image;               ///< Transparent where nothing was confused.
    std::vector<int32_t> pick;  ///< Per pixel (row-major): index into the slice's cells, or -1.
    double cell = 0;            ///< Side of a cell in pixels; below 1, a pixel shows the
                                ///< largest of the cells it covers.
    /// @brief The cell at pixel @p p of the image, or -1.
    int32_t cellAt(QPoint p) const;
};

/// @brief Draws @p slice into square cells as large as fit in @p available.
ConfusionRaster rasteriseConfusion(const taxa::ConfusionSlice& slice, QSize available);

/// @brief Colour of a count on a log scale from 1 (pale yellow) to @p max (dark red).
QColor confusionColor(int64_t count, int64_t max);
