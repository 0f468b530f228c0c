#pragma once
/// @file Trainer.h
/// @brief Runs a training config stage by stage, writing the run folder: config.json,
/// metrics.jsonl, checkpoints/epoch-NNN.pt, best.pt and last.pt, bad_images.tsv. Resumes
/// exactly where it stopped (sampler, optimizer and the epoch's running sums too), stops
/// within one batch when asked, stops with a message naming the step when the loss becomes
/// NaN, and trains as one rank of a data-parallel job when its DistEnv says so.

#include <memory>
#include <string>

#include "dataset/Dataset.h"
#include "dataset/Taxonomy.h"
#include "train/DistEnv.h"
#include "train/TrainConfig.h"
#include "train/TrainTypes.h"

namespace taxa {

class Trainer {
  public:
    /// @brief A new run in @p runDir, which must be new or empty. Everything that can fail
    /// (config, device, data, initial weights) is checked before the folder is written, and a
    /// failed start leaves nothing behind. Throws taxa::Error.
    Trainer(const Dataset& ds, const Taxonomy& tax, const TrainConfig& config,
            const std::string& runDir, const DistEnv& dist = {});
    /// @brief Continues the run in @p runDir from checkpoints/last.pt (or from the start if it
    /// has no checkpoint yet), with the same or another world size. Throws taxa::Error if it
    /// was trained on another dataset or another process trains in the folder.
    static std::unique_ptr<Trainer> resume(const Dataset& ds, const Taxonomy& tax,
                                           const std::string& runDir, const DistEnv& dist = {});
    ~Trainer();

    /// @brief Trains until every stage is done or keepGoing() says stop. Throws taxa::Error
    /// (e.g. NaN loss, a failed peer); checkpoints already written stay.
    TrainResult run(const TrainCallbacks& callbacks = {});
    const TrainConfig& config() const;
    const std::string& runDir() const;

    struct State;

  private:
    explicit Trainer(std::unique_ptr<State> state);
    std::unique_ptr<State> s_;
};

}  // namespace taxa
