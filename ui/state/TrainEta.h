#pragma once
/// @file TrainEta.h
/// @brief Progress and time left per stage of a training run, from the steps seen so far.

#include <cstdint>
#include <vector>

#include "train/TrainConfig.h"
#include "train/TrainTypes.h"

/// @brief Estimates each stage's progress and remaining time.
///
/// The rate is wall-clock seconds per step since the stage (or the last pause) began, so the
/// end-of-epoch evaluation and checkpoints are counted in; stages not yet begun borrow the
/// latest rate and a guessed number of batches per epoch.
class TrainEta {
  public:
    /// @brief Starts over for a run of these stages; @p batchesGuess per stage is used until
    /// the stage's first step says how many batches its epochs have.
    void reset(const taxa::TrainConfig& config, const std::vector<int64_t>& batchesGuess);
    /// @brief A step was seen at @p now (seconds, any monotonic clock).
    void step(const taxa::StepMetrics& m, double now);
    /// @brief An epoch is done (its evaluation included).
    void epoch(const taxa::EpochMetrics& m, double now);
    /// @brief Time stops counting (paused); the next step starts a fresh measurement.
    void pause();
    /// @brief The run ended: finished stages are full, the others stay where they are.
    void finish(bool completed);

    int stages() const { return static_cast<int>(stages_.size()); }
    int currentStage() const { return current_; }
    double fraction(int stage) const;
    /// @brief Seconds left in @p stage; negative while unknown.
    double remaining(int stage) const;
    /// @brief Seconds left in the run; negative while unknown.
    double remainingTotal() const;
    /// @brief Epoch (from 0) and batches per epoch of @p stage as last seen.
    int epochOf(int stage) const { return stages_[static_cast<size_t>(stage)].epoch; }
    int epochsOf(int stage) const { return stages_[static_cast<size_t>(stage)].epochs; }

  private:
    struct Stage {
        int epochs = 1;
        int64_t batches = 0;  ///< Per epoch; a guess until known.
        bool known = false;
        int epoch = 0;
        int64_t done = 0;  ///< Steps done in the stage.
        int64_t total() const { return int64_t(epochs) * batches; }
    };
    std::vector<Stage> stages_;
    int current_ = -1;
    double secondsPerStep_ = -1;
    double refTime_ = -1;
    int64_t refDone_ = 0;
};
