#pragma once
/// @file Trainer.h
/// @brief Runs a training config stage by stage, writing the run folder: config.json,
/// metrics.jsonl, checkpoints/epoch-NNN.pt, best.pt and last.pt. Resumes exactly where it
/// stopped (sampler and optimizer state too), stops within one batch when asked, and stops
/// with a message naming the step when the loss becomes NaN.

#include <memory>
#include <string>

#include "dataset/Dataset.h"
#include "dataset/Taxonomy.h"
#include "train/TrainConfig.h"
#include "train/TrainTypes.h"

namespace taxa {

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
