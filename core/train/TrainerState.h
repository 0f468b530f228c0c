#pragma once
/// @file TrainerState.h
/// @brief The inside of a Trainer, shared by the files that implement it: Trainer.cpp (set-up,
/// resume, the stage loop), TrainEpoch.cpp (one epoch of steps), TrainRecord.cpp (evaluation,
/// metrics, checkpoints, bad images). Engine-internal.

#include <torch/torch.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "data/BatchLoader.h"
#include "data/Sampler.h"
#include "model/Checkpoint.h"
#include "model/ResNet.h"
#include "train/Collective.h"
#include "train/DataSplits.h"
#include "train/GradientReducer.h"
#include "train/MetricsRecord.h"
#include "train/RunFiles.h"
#include "train/RunFolder.h"
#include "train/Targets.h"
#include "train/Trainer.h"

namespace taxa {

/// @brief Running sums of the epoch in progress, over all ranks once reduced. Saved with a
/// mid-epoch stop, so that the resumed epoch reports the batches before the stop too.
struct EpochTally {
    double lossSum = 0;
    int64_t lossBatches = 0, seen = 0, top1 = 0, top3 = 0;
    double seconds = 0, waitSeconds = 0;
    /// This rank's: blocked in collectives, and of that in the gradients' all-reduce.
    double commSeconds = 0, gradWaitSeconds = 0;
    nlohmann::json toJson() const;
    /// @brief Throws taxa::Error naming @p label for a field of the wrong type or range.
    static EpochTally fromJson(const nlohmann::json& j, const std::string& label);
};

/// @brief Where a run stands: the next thing to do is the sample at place `samples` of epoch
/// `epoch` of stage `stage` (places count over all ranks, so a run resumes at another world
/// size at the same sample).
struct Position {
    int stage = 0;
    int epoch = 0;
    int64_t samples = 0;
    int64_t step = 0;
    std::string samplerState;  ///< The sampler at the start of `epoch`.
    double bestTop1 = -1;
    EpochTally tally;
};

/// @brief One stage being trained: its data, sampler and loader.
struct StageRun {
    int index = 0;
    const StageConfig* config = nullptr;
    bool onVal = false;  ///< Fine-tuning on val, measuring on minival.
    const std::vector<LoaderItem>* items = nullptr;
    const std::vector<LoaderItem>* evalItems = nullptr;
    std::unique_ptr<Sampler> sampler;
    std::unique_ptr<BatchLoader> loader;
    int epochsBefore = 0;  ///< Epochs of the earlier stages.
};

/// @brief How an epoch ended.
enum class EpochEnd { Done, Stopped };

struct Trainer::State {
    const Dataset& ds;
    const Taxonomy& tax;
    TrainConfig cfg;
    std::string dir;
    DistEnv dist;
    torch::Device device = torch::kCPU;
    ResNet model{nullptr};
    std::unique_ptr<torch::optim::SGD> optimizer;
    SoftTargets targets;
    RunData data;
    Position pos;
    std::vector<int64_t> categoryIds;
    std::string startLog;                      ///< Said at the start of run().
    std::unique_ptr<RunLock> lock;             ///< Held by the rank that writes.
    std::unique_ptr<Collective> comm;          ///< Null for a single process.
    std::unique_ptr<GradientReducer> reducer;  ///< This stage's; data-parallel runs only.
    int preparedStage = -1;                    ///< The stage optimizer and reducer are for.

    State(const Dataset& d, const Taxonomy& t, TrainConfig c, std::string r, DistEnv e)
        : ds(d), tax(t), cfg(std::move(c)), dir(std::move(r)), dist(std::move(e)) {}

    bool writes() const { return !comm || comm->rank() == 0; }
    int rank() const { return comm ? comm->rank() : 0; }
    int world() const { return comm ? comm->size() : 1; }
    RunFolder run() const { return RunFolder(dir); }
    void log(const TrainCallbacks& cb, const std::string& line) const;

    // Trainer.cpp
    void build();
    void initWeights();
    nlohmann::json fingerprint() const;
    void connect();
    void createFolder();
    void restore(const std::string& lastCheckpoint);
    void readPosition(const nlohmann::json& position, const std::string& path);
    void setupStage(int stage);
    StageRun openStage(int stage, int epochsBefore);
    int loaderThreads() const;

    // TrainRecord.cpp
    EpochMetrics finishEpoch(StageRun& stage, int epoch, double lr, const TrainCallbacks& cb);

    // TrainEpoch.cpp
    EpochEnd runEpoch(const TrainCallbacks& cb, StageRun& stage, int epoch, double& lr,
                      TrainResult& result);
    torch::Tensor loss(const torch::Tensor& logits, const torch::Tensor& labels,
                       const torch::Tensor& cpuLabels) const;
    /// @brief Sums @p values over the ranks (as they are for a single process).
    std::vector<double> sumOverRanks(std::vector<double> values);
    void syncBuffers();

    std::pair<double, double> evaluate(const std::vector<LoaderItem>& items, int globalEpoch,
                                       int64_t& badImages, const TrainCallbacks& cb);
    void recordBadImages(const std::vector<BadImage>& bad, const char* split, int globalEpoch,
                         const TrainCallbacks* cb, int64_t& total);
    CheckpointMeta meta(const EpochMetrics* metrics) const;
    /// @brief Writes @p path (one of run()'s checkpoints), then points last.pt (and best.pt) at it.
    void saveCheckpoint(const std::string& path, const EpochMetrics* metrics, bool best = false);
    void appendRecord(const nlohmann::json& record) const;
};

}  // namespace taxa
