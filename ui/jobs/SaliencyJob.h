#pragma once
/// @file SaliencyJob.h
/// @brief The work behind the saliency overlay: where in one val photo the evidence for one
/// class (over another) lies, computed by the ML engine with the analysis's checkpoint.

#include <QString>
#include <memory>
#include <optional>

#include "eval/SaliencyTypes.h"
#include "state/LoadedDataset.h"
#include "workers/BackgroundJob.h"

class SaliencyJob {
  public:
    /// @brief The map of @p image for class @p a, over class @p b when @p b >= 0.
    static BackgroundJob::Work compute(std::shared_ptr<const LoadedDataset> data,
                                       const QString& checkpoint, int32_t image, int32_t a,
                                       int32_t b,
                                       std::shared_ptr<std::optional<taxa::SaliencyMap>> out);
};
