#pragma once
/// @file Engine.h
/// @brief The ML engine as the programs see it: loaded with dlopen the first time something
/// needs it, so that commands and views that never train or predict start without LibTorch
/// (0.5-0.7 s and 160 MB of start-up measured for Debian's libtorch_cpu alone). The wrappers
/// here turn the engine's Status back into exceptions.

#include <memory>
#include <string>
#include <vector>

#include "engine/EngineApi.h"
#include "util/Error.h"

namespace taxa::engine {

/// @brief The module cannot be found or loaded, or was built for another interface.
struct Unavailable : Error {
    using Error::Error;
};

/// @brief The engine, loaded on the first call from any thread. Throws Unavailable with one
/// line saying why (missing file, missing CUDA library, other interface version).
Api& get();
/// @brief Whether get() has succeeded before; never loads.
bool loaded();
/// @brief The file the engine was loaded from, or "" before.
std::string loadedPath();
/// @brief Where the module is looked for, in order: $TAXA_ENGINE alone when set; else beside
/// the program, in ../lib/taxa-workbench/ of the program's folder (installed), and in the
/// build tree it was built in.
std::vector<std::string> searchPaths();
/// @brief The module get() would load: the first of searchPaths() that exists, or "".
std::string modulePath();
/// @brief What the module file at @p path was built with, read from the file without loading
/// it (TAXA_ENGINE_BUILD_SECTION), e.g. "LibTorch 2.6.0, CUDA 12.4, NCCL 2.22.3" or
/// "LibTorch 1.13.0, CPU only". Throws Unavailable when the file cannot be read or holds no
/// such record (not an engine module, or one built before the record existed).
std::string describeBuild(const std::string& path);

/// @brief Throws taxa::Error (out of memory included) or Cancelled for a failed Status.
void check(const Status& status);

/// @brief A training run through the engine (new or resumed).
class Training {
  public:
    /// @brief A new run in @p runDir (one rank of a data-parallel job if @p dist says so).
    /// Throws taxa::Error.
    static Training start(const Dataset& ds, const Taxonomy& tax, const TrainConfig& config,
                          const std::string& runDir, const DistEnv& dist = {});
    /// @brief Continues the run in @p runDir. Throws taxa::Error.
    static Training resume(const Dataset& ds, const Taxonomy& tax, const std::string& runDir,
                           const DistEnv& dist = {});

    const TrainConfig& config() const { return run_->config(); }
    /// @brief Trains; throws taxa::Error (e.g. NaN loss) with checkpoints kept.
    TrainResult run(const TrainCallbacks& callbacks = {});

  private:
    explicit Training(std::unique_ptr<TrainRun> run) : run_(std::move(run)) {}
    std::unique_ptr<TrainRun> run_;
};

/// @brief Predictions of one or more checkpoints on @p split. Throws taxa::Error or Cancelled.
PredictionSet predict(const Dataset& ds, Split split, const PredictOptions& options,
                      const ProgressFn& progress = {}, PredictStats* stats = nullptr);

/// @brief The geographic prior's network trained on @p ds's located training photos (a
/// "network" GEO file). Throws taxa::Error or Cancelled.
geo::GeoFile trainGeoPrior(const Dataset& ds, const geo::GeoTrainOptions& options,
                           const geo::GeoTrainCallbacks& callbacks = {});

/// @brief Where in one image the evidence for one class over another lies (eval/Saliency.h).
/// Throws taxa::Error.
SaliencyMap saliency(const Dataset& ds, const SaliencyRequest& request);

/// @brief Penultimate features of a dataset's images (eval/FeatureStore.h). Throws
/// taxa::Error or Cancelled.
FeatureStore features(const Dataset& ds, const FeatureOptions& options,
                      const ProgressFn& progress = {});

}  // namespace taxa::engine
