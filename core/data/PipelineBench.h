#pragma once
/// @file PipelineBench.h
/// @brief Images per second of the train and eval transforms over a set of files, and of
/// plain decoding at the DCT scales the transforms chose (the "decode floor"), so a user can
/// size the worker count of a machine (`taxa-cli bench pipeline`).

#include <map>
#include <string>
#include <vector>

#include "image/Transform.h"
#include "util/Progress.h"

namespace taxa {

/// @brief Throughput of one mode.
struct PipelineRate {
    double imagesPerSecond = 0;
    double floorPerSecond = 0;      ///< Whole-image decode at the scales this mode used.
    std::map<int, int64_t> scales;  ///< DCT scale numerator -> images decoded at it.
};

/// @brief Results of a benchmark run.
struct PipelineBenchResult {
    int threads = 1;
    int64_t images = 0;  ///< Files per pass.
    int64_t bad = 0;     ///< Files that failed to decode (skipped).
    PipelineRate train, eval;
};

/// @brief All *.jpg/*.jpeg/*.png files under @p folder, sorted. Throws taxa::Error if none.
std::vector<std::string> listImages(const std::string& folder);

/// @brief Runs each file through the train transform, the eval transform and the decode floor
/// on @p threads threads, @p passes times each, reading files from disk every time.
PipelineBenchResult benchPipeline(const std::vector<std::string>& files, int threads, int passes,
                                  const TransformConfig& cfg, const ProgressFn& progress = {});

}  // namespace taxa
