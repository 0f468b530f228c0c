// The ML engine module's implementation of engine::Api: the only place where the engine's
// exceptions are turned into Status values, so that none crosses the module boundary.

#include <torch/torch.h>
#include <torch/version.h>

#include <new>

#if TAXA_TORCH_CUDA
#include <cuda_runtime_api.h>
#endif
#ifdef USE_C10D_NCCL
#include <nccl.h>
#endif

#include "engine/EngineApi.h"
#include "eval/Features.h"
#include "eval/Predictor.h"
#include "eval/Saliency.h"
#include "geo/GeoNet.h"
#include "model/ResNet.h"
#include "model/StateDict.h"
#include "train/Trainer.h"
#include "util/Error.h"

#define TAXA_EXPORT extern "C" __attribute__((visibility("default")))
#define TAXA_STRING(x) TAXA_STRING_(x)
#define TAXA_STRING_(x) #x

// What this module was built with, from the headers it was compiled against, in a section of
// its own that programs read without loading the module (TAXA_ENGINE_BUILD_SECTION). Only
// values that the preprocessor knows: a CUDA or NCCL version here shows that code was compiled.
#define TAXA_BUILD_LIBTORCH                                       \
    "libtorch=" TAXA_STRING(TORCH_VERSION_MAJOR) "." TAXA_STRING( \
        TORCH_VERSION_MINOR) "." TAXA_STRING(TORCH_VERSION_PATCH) ";"
#if TAXA_TORCH_CUDA
#define TAXA_BUILD_CUDA "cuda=" TAXA_STRING(CUDART_VERSION) ";"
#else
#define TAXA_BUILD_CUDA ""
#endif
#ifdef USE_C10D_NCCL
#define TAXA_BUILD_NCCL \
    "nccl=" TAXA_STRING(NCCL_MAJOR) "." TAXA_STRING(NCCL_MINOR) "." TAXA_STRING(NCCL_PATCH) ";"
#else
#define TAXA_BUILD_NCCL ""
#endif
extern "C" __attribute__((used, section(TAXA_ENGINE_BUILD_SECTION)))
const char taxa_engine_build[] = TAXA_BUILD_LIBTORCH TAXA_BUILD_CUDA TAXA_BUILD_NCCL;

namespace taxa::engine {

namespace {

Status failure(Status::Kind kind, std::string message) {
    // LibTorch's messages can carry a C++ backtrace on later lines; one line crosses.
    if (const auto nl = message.find('\n'); nl != std::string::npos) message.resize(nl);
    return Status{kind, std::move(message)};
}

template <class F>
Status guarded(F&& f) noexcept {
    try {
        f();
        return {};
    } catch (const Cancelled&) {
        return failure(Status::Kind::Cancelled, "cancelled");
    } catch (const c10::OutOfMemoryError& e) {
        return failure(Status::Kind::OutOfMemory, e.what_without_backtrace());
    } catch (const std::bad_alloc&) {
        return failure(Status::Kind::OutOfMemory, "the host ran out of memory");
    } catch (const c10::Error& e) {
        return failure(Status::Kind::Error, e.what_without_backtrace());
    } catch (const std::exception& e) {
        return failure(Status::Kind::Error, e.what());
    } catch (...) {
        return failure(Status::Kind::Error, "unknown error in the ML engine");
    }
}

class TrainRunImpl final : public TrainRun {
  public:
    explicit TrainRunImpl(std::unique_ptr<Trainer> t) : trainer_(std::move(t)) {}
    const TrainConfig& config() const override { return trainer_->config(); }
    Status run(const TrainCallbacks& callbacks, TrainResult& result) override {
        return guarded([&] { result = trainer_->run(callbacks); });
    }

  private:
    std::unique_ptr<Trainer> trainer_;
};

class EngineImpl final : public Api {
  public:
    EngineImpl() { setTorchThreads(0); }

    Info info() override {
        Info i;
        i.libtorchVersion = std::to_string(TORCH_VERSION_MAJOR) + "." +
                            std::to_string(TORCH_VERSION_MINOR) + "." +
                            std::to_string(TORCH_VERSION_PATCH);
        i.cudaBuilt = TAXA_TORCH_CUDA != 0;
        i.cudaDevices = torch::cuda::is_available() ? int(torch::cuda::device_count()) : 0;
        i.threads = at::get_num_threads();
#if TAXA_GLOO && defined(USE_C10D_GLOO)
        i.glooBuilt = true;
#endif
#ifdef USE_C10D_NCCL
        i.ncclBuilt = true;
#endif
        return i;
    }

    void setThreads(int threads) override {
        setTorchThreads(threads);
    }

    Status startRun(const Dataset& ds, const Taxonomy& tax, const TrainConfig& config,
                    const std::string& runDir, const DistEnv& dist,
                    std::unique_ptr<TrainRun>& out) override {
        return guarded([&] {
            out = std::make_unique<TrainRunImpl>(
                std::make_unique<Trainer>(ds, tax, config, runDir, dist));
        });
    }

    Status resumeRun(const Dataset& ds, const Taxonomy& tax, const std::string& runDir,
                     const DistEnv& dist, std::unique_ptr<TrainRun>& out) override {
        return guarded(
            [&] { out = std::make_unique<TrainRunImpl>(Trainer::resume(ds, tax, runDir, dist)); });
    }

    Status predict(const Dataset& ds, Split split, const PredictOptions& options,
                   const ProgressFn& progress, PredictionSet& out, PredictStats& stats) override {
        return guarded([&] { out = taxa::predict(ds, split, options, progress, &stats); });
    }

    Status exportStateDict(const std::string& checkpoint, const std::string& out,
                           ExportReport& report) override {
        return guarded([&] { report = taxa::exportStateDict(checkpoint, out); });
    }

    Status trainGeoPrior(const Dataset& ds, const geo::GeoTrainOptions& options,
                         const geo::GeoTrainCallbacks& callbacks, geo::GeoFile& out) override {
        return guarded([&] { out = geo::trainGeoNetwork(ds, options, callbacks); });
    }

    Status saliency(const Dataset& ds, const SaliencyRequest& request, SaliencyMap& out) override {
        return guarded([&] { out = taxa::saliency(ds, request); });
    }

    Status features(const Dataset& ds, const FeatureOptions& options, const ProgressFn& progress,
                    FeatureStore& out) override {
        return guarded([&] { out = computeFeatures(ds, options, progress); });
    }
};

}  // namespace

}  // namespace taxa::engine

TAXA_EXPORT void taxa_engine_abi(taxa::engine::AbiStamp* out) {
    *out = taxa::engine::currentAbiStamp();
}

TAXA_EXPORT taxa::engine::Api* taxa_engine_create() {
    static taxa::engine::EngineImpl engine;
    return &engine;
}
