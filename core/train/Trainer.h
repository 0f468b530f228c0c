#pragma once
/// @file Trainer.h
/// @brief Runs a training config stage by stage, writing the run folder: config.json,
/// metrics.jsonl, checkpoints/epoch-NNN.pt, best.pt and last.pt. Resumes exactly where it
/// stopped (sampler and optimizer state too), stops within one batch when asked, and stops
/// with a message naming the step when the loss becomes NaN.

#include <functional>
#include <memory>
#include <string>

#include "dataset/Dataset.h"
#include "dataset/Taxonomy.h"
#include "train/TrainConfig.h"

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

class Trainer {
  public:
    /// @brief A new run in @p runDir, which must not hold a run yet. Throws taxa::Error.
    Trainer(const Dataset& ds, const Taxonomy& tax, const TrainConfig& config,
            const std::string& runDir);
    /// @brief Continues the run in @p runDir from checkpoints/last.pt (or from the start if it
    /// has no checkpoint yet). Throws taxa::Error if it was trained on another dataset.
    static std::unique_ptr<Trainer> resume(const Dataset& ds, const Taxonomy& tax,
                                           const std::string& runDir);
    ~Trainer();

    /// @brief Trains until every stage is done or keepGoing() says stop. Throws taxa::Error
    /// (e.g. NaN loss); checkpoints already written stay.
    TrainResult run(const TrainCallbacks& callbacks = {});
    const TrainConfig& config() const;
    const std::string& runDir() const;

  private:
    struct State;
    Trainer(const Dataset& ds, const Taxonomy& tax, const TrainConfig& config,
            const std::string& runDir, bool resuming);
    std::unique_ptr<State> s_;
};

}  // namespace taxa
