#pragma once
/// @file MetricsTail.h
/// @brief Reads a run's metrics.jsonl from a byte offset on, for following a run that another
/// process (or thread) is writing, and for reading it whole (offset 0).

#include <cstdint>
#include <vector>

#include "train/RunFolder.h"
#include "train/TrainTypes.h"

namespace taxa {

/// @brief The records of metrics.jsonl after a byte offset, in the order they were logged.
struct MetricsTail {
    std::vector<StepMetrics> steps;    ///< Without stageName and batches (not logged).
    std::vector<EpochMetrics> epochs;  ///< Without totalEpochs (not logged).
    int64_t offset = 0;                ///< Just past the last whole line read.
};

/// @brief Parses the whole lines of @p run's metrics.jsonl from byte @p offset on. A line
/// still being written (no newline yet) is left for the next call; a line that cannot be read
/// is skipped. A missing file reads as nothing, and anything but a regular file is not opened
/// (a FIFO would block). A file shorter than @p offset (a resume cut it back) is followed
/// from its new end.
MetricsTail readMetricsTail(const RunFolder& run, int64_t offset = 0);

}  // namespace taxa
