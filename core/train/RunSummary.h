#pragma once
/// @file RunSummary.h
/// @brief What a list of past runs shows of each run folder: its config (or why it cannot be
/// read), how far it got, its best evaluation and which checkpoints it has.

#include <chrono>
#include <string>
#include <vector>

#include "train/RunFolder.h"
#include "train/TrainConfig.h"

namespace taxa {

/// @brief One run folder, summarised.
struct RunSummary {
    std::string dir;         ///< The folder as given.
    std::string configJson;  ///< config.json as written; empty when it cannot be read.
    TrainConfig config;      ///< Parsed; the defaults when `error` is set.
    std::string error;       ///< Why config.json could not be read or parsed; empty when it could.
    int epochsDone = 0;      ///< The highest global epoch logged in metrics.jsonl.
    double bestTop1 = -1;    ///< Best val (or minival) top-1 logged; -1 before the first epoch.
    bool hasLast = false;    ///< checkpoints/last.pt exists.
    bool hasBest = false;    ///< checkpoints/best.pt exists.
    /// Of metrics.jsonl, else config.json: when the run last did something. The clock's epoch
    /// when neither exists.
    std::chrono::system_clock::time_point modified{};
};

/// @brief Reads @p run; a broken or missing config.json is reported in RunSummary::error.
RunSummary readRunSummary(const RunFolder& run);

/// @brief The runs in the folders directly under @p root (those holding config.json; hidden
/// folders are not looked into), newest first, then by name (descending) for equal times.
std::vector<RunSummary> scanRunFolders(const std::string& root);

}  // namespace taxa
