#pragma once
/// @file TrainTypes.h
/// @brief What a training run reports and how it is steered: plain types that cross the ML
/// engine's interface (no LibTorch), so the CLI and the GUI can use them without the engine.

#include <cstdint>
#include <functional>
#include <string>

namespace taxa {

/// @brief Logged after every optimisation step.
struct StepMetrics {
    int64_t step = 0;  ///< Global step, from 1.
    int stage = 0;
    std::string stageName;
    int epoch = 0;        ///< Epoch within the stage, from 0.
    int64_t batch = 0;    ///< Batch within the epoch, from 0.
    int64_t batches = 0;  ///< Batches in this epoch.
    double loss = 0;
    double lr = 0;
    double trainTop1 = 0;  ///< Running over the epoch so far.
    double trainTop3 = 0;
    double imagesPerSecond = 0;
};

/// @brief Logged after every epoch, with the evaluation.
struct EpochMetrics {
    int stage = 0;
    std::string stageName;
    int epoch = 0;        ///< Within the stage.
    int globalEpoch = 0;  ///< Over all stages, from 1.
    int totalEpochs = 0;
    int64_t step = 0;
    double loss = 0;  ///< Mean training loss of the epoch.
    double lr = 0;    ///< At the end of the epoch.
    double trainTop1 = 0, trainTop3 = 0;
    double valTop1 = 0, valTop3 = 0;
    std::string evalSet;  ///< "val" or "minival".
    double imagesPerSecond = 0;
    double dataWaitShare = 0;  ///< Share of the epoch spent waiting for batches.
    double seconds = 0;
    int64_t badImages = 0;
};

/// @brief Hooks into a run; all are optional and called on the training thread.
struct TrainCallbacks {
    std::function<bool()> keepGoing;  ///< Checked before every batch; false stops the run.
    std::function<void(const StepMetrics&)> onStep;
    std::function<void(const EpochMetrics&)> onEpoch;
    std::function<void(const std::string&)> onLog;
};

/// @brief How a run ended.
struct TrainResult {
    bool finished = false;  ///< All stages done.
    bool stopped = false;   ///< Stopped by keepGoing; resumable from last.pt.
    int64_t steps = 0;      ///< Steps taken in this call.
    EpochMetrics last;      ///< The last epoch completed (if any).
    double bestTop1 = 0;
};

}  // namespace taxa
