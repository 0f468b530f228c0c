#pragma once
/// @file EngineApi.h
/// @brief The interface of the ML engine module (libtaxa_engine.so): everything that needs
/// LibTorch (models, tensor batches, training, prediction) sits behind it. Only plain C++ types
/// cross it, and no exception does: every call returns a Status. Programs never include
/// LibTorch; they load the module on first use through engine/Engine.h.
///
/// The types that cross it live in headers of their own (the *Types.h, plus the torch-free
/// libraries' Dataset, Taxonomy, TrainConfig, DistEnv, GeoFile, PredictionSet, FeatureStore):
/// this header includes no declaration of an engine-only function, so that a program cannot
/// call one past the interface (scripts/check-layering.py keeps it so).
///
/// Both sides compile this header; the module exports its AbiStamp so that a program refuses a
/// module built from another version of it (or with another C++ library ABI) before calling it.

#include <cstdint>
#include <memory>
#include <string>

#include "dataset/Dataset.h"
#include "dataset/Taxonomy.h"
#include "eval/FeatureStore.h"
#include "eval/PredictTypes.h"
#include "eval/Predictions.h"
#include "eval/SaliencyTypes.h"
#include "geo/GeoFile.h"
#include "geo/GeoTrainTypes.h"
#include "model/StateDictTypes.h"
#include "train/DistEnv.h"
#include "train/TrainConfig.h"
#include "train/TrainTypes.h"
#include "util/Progress.h"

namespace taxa::engine {

/// @brief Bumped whenever Api, or a type that crosses it, changes.
constexpr int kInterfaceVersion = 4;

/// @brief The outcome of an engine call.
struct Status {
    enum class Kind { Ok, Error, Cancelled, OutOfMemory };
    Kind kind = Kind::Ok;
    std::string message;  ///< One line for anything but Ok.
    bool ok() const { return kind == Kind::Ok; }
};

/// @brief What the engine was built with and what it finds on this machine.
struct Info {
    std::string libtorchVersion;  ///< e.g. "1.13.1".
    bool cudaBuilt = false;       ///< The LibTorch has CUDA kernels.
    int cudaDevices = 0;          ///< Usable CUDA devices now.
    bool ncclBuilt = false;       ///< Collective communication over NCCL is available.
    bool glooBuilt = false;       ///< Collective communication over Gloo is available.
    int threads = 0;              ///< LibTorch intra-op threads.
};

/// @brief One run folder being trained (new or resumed).
class TrainRun {
  public:
    virtual ~TrainRun() = default;
    /// @brief The config the run trains (read from the folder when resuming).
    virtual const TrainConfig& config() const = 0;
    /// @brief Trains until done or told to stop; see taxa::Trainer::run.
    virtual Status run(const TrainCallbacks& callbacks, TrainResult& result) = 0;
};

/// @brief The engine's entry points. One instance per process, created by the module.
class Api {
  public:
    virtual ~Api() = default;
    virtual Info info() = 0;
    /// @brief LibTorch's intra-op threads; 0 = all cores (Debian's build starts with one).
    virtual void setThreads(int threads) = 0;
    /// @brief A new run in @p runDir (which must not hold one yet), as the rank @p dist says.
    virtual Status startRun(const Dataset& ds, const Taxonomy& tax, const TrainConfig& config,
                            const std::string& runDir, const DistEnv& dist,
                            std::unique_ptr<TrainRun>& out) = 0;
    /// @brief Continues the run in @p runDir (at the same or another world size).
    virtual Status resumeRun(const Dataset& ds, const Taxonomy& tax, const std::string& runDir,
                             const DistEnv& dist, std::unique_ptr<TrainRun>& out) = 0;
    /// @brief Predictions of one or more checkpoints on a split.
    virtual Status predict(const Dataset& ds, Split split, const PredictOptions& options,
                           const ProgressFn& progress, PredictionSet& out, PredictStats& stats) = 0;
    /// @brief Writes a checkpoint's weights as a PyTorch state dict (`torch.load` reads it).
    virtual Status exportStateDict(const std::string& checkpoint, const std::string& out,
                                   ExportReport& report) = 0;
    /// @brief Trains the geographic prior's network on @p ds's located training photos; @p out
    /// receives the prior as a GEO file (see geo/GeoTrainTypes.h).
    virtual Status trainGeoPrior(const Dataset& ds, const geo::GeoTrainOptions& options,
                                 const geo::GeoTrainCallbacks& callbacks, geo::GeoFile& out) = 0;
    /// @brief Where in one image the evidence for one class over another lies (SaliencyTypes.h).
    virtual Status saliency(const Dataset& ds, const SaliencyRequest& request,
                            SaliencyMap& out) = 0;
    /// @brief Penultimate features of a dataset's images for look-alikes (FeatureStore.h).
    virtual Status features(const Dataset& ds, const FeatureOptions& options,
                            const ProgressFn& progress, FeatureStore& out) = 0;
};

/// @brief Fingerprint of this header as compiled: compared field by field at load.
struct AbiStamp {
    static constexpr int kSizes = 15;
    int32_t interfaceVersion = 0;
    int32_t cxx11Abi = -1;        ///< _GLIBCXX_USE_CXX11_ABI: std::string's layout depends on it.
    uint32_t sizes[kSizes] = {};  ///< Of the types that cross the interface.
};

/// @brief The stamp of the side that compiles this.
inline AbiStamp currentAbiStamp() {
    AbiStamp s;
    s.interfaceVersion = kInterfaceVersion;
#ifdef _GLIBCXX_USE_CXX11_ABI
    s.cxx11Abi = _GLIBCXX_USE_CXX11_ABI;
#endif
    const uint32_t sizes[] = {
        sizeof(std::string),          sizeof(Dataset),        sizeof(Taxonomy),
        sizeof(TrainConfig),          sizeof(TrainCallbacks), sizeof(EpochMetrics),
        sizeof(PredictOptions),       sizeof(PredictionSet),  sizeof(DistEnv),
        sizeof(geo::GeoTrainOptions), sizeof(geo::GeoFile),   sizeof(SaliencyRequest),
        sizeof(SaliencyMap),          sizeof(FeatureOptions), sizeof(FeatureStore)};
    static_assert(sizeof(sizes) / sizeof(sizes[0]) == AbiStamp::kSizes);
    for (int i = 0; i < AbiStamp::kSizes; ++i)
        s.sizes[i] = sizes[i];
    return s;
}

}  // namespace taxa::engine

extern "C" {
/// @brief Exported by the module: its AbiStamp. Called before anything else.
using TaxaEngineAbiFn = void (*)(taxa::engine::AbiStamp* out);
/// @brief Exported by the module: the engine, owned by the module, alive until exit.
using TaxaEngineCreateFn = taxa::engine::Api* (*)();
}

/// @brief Names of the two exported functions.
#define TAXA_ENGINE_ABI_SYMBOL "taxa_engine_abi"
#define TAXA_ENGINE_CREATE_SYMBOL "taxa_engine_create"

/// @brief The ELF section in which the module records what it was built with, as
/// "key=value;" pairs (libtorch=2.6.0;cuda=12040;nccl=2.22.3; see engine/EngineModule.cpp).
/// Programs read it from the file without loading the module: `taxa-cli --version` names the
/// engine's LibTorch, CUDA and NCCL without LibTorch's start-up cost, and also where the module
/// cannot be loaded (a CUDA library missing).
#define TAXA_ENGINE_BUILD_SECTION ".taxa_engine_build"
