#pragma once
/// @file TrainConfig.h
/// @brief Everything needed to rerun a training run, with presets and a JSON round trip.

#include <cstdint>
#include <string>
#include <vector>

#include "model/ModelConfig.h"

namespace taxa {

/// @brief One stage of a run, as the 2018 winners trained: e.g. head only, then the last 9
/// blocks + head, then fine-tuning on the balanced val split.
struct StageConfig {
    std::string name = "train";
    std::string trainable = "all";  ///< ResNet::setTrainable spec: all, head, last:K, from:layerN.
    std::string data = "train";     ///< "train", or "val" to fine-tune on the val split (90%),
                                    ///< measuring on the other 10% (minival).
    int epochs = 1;
    double lr = 0.1;  ///< Peak learning rate of the stage.
};

/// @brief A training run.
struct TrainConfig {
    ModelConfig model;
    int crop = 224;             ///< C.
    int resize = 256;           ///< S.
    bool randomResized = true;  ///< Random-resized crops; else random C crops at S.
    float jitter = 0.0f;        ///< Colour jitter strength (brightness, contrast, saturation).
    int batchSize = 32;
    std::vector<StageConfig> stages{StageConfig{}};
    double momentum = 0.9;
    double weightDecay = 1e-4;
    std::string schedule = "cosine";  ///< "cosine", "step" or "constant", per stage.
    double warmupEpochs = 0;          ///< Linear warm-up at the start of each stage.
    int stepEpochs = 30;              ///< "step": multiply by stepGamma every stepEpochs.
    double stepGamma = 0.1;
    std::string sampler = "instance";   ///< instance, class-balanced, sqrt, power.
    double samplerQ = 1.0;              ///< For "power".
    double labelSmoothing = 0.0;        ///< eps: mass taken from the true class.
    std::string smoothing = "uniform";  ///< "uniform" (over all other classes) or "taxonomy".
    double genusShare = 0.5;            ///< "taxonomy": share of eps for congeners; the rest goes
                                        ///< to other species of the family.
    std::string batchNorm = "batch";    ///< "batch" (per process, PyTorch DDP's default),
                                        ///< "frozen" (running statistics) or "sync" (over all
                                        ///< processes of a data-parallel run).
    std::string device = "auto";        ///< auto, cpu, cuda.
    bool mixedPrecision = true;         ///< bfloat16 autocast on CUDA (ignored on the CPU).
    int threads = 0;                    ///< LibTorch threads; 0 = cores.
    int loaderThreads = 0;              ///< Decoding threads; 0 = cores.
    uint64_t seed = 1;
    std::string init;              ///< Optional: a checkpoint (.pt from a run, possibly of
                                   ///< another dataset) or a TorchScript file of weights.
    int64_t maxStepsPerEpoch = 0;  ///< Cap for quick runs; 0 = a full epoch.

    /// @brief Throws taxa::Error naming the first invalid field.
    void validate() const;
    std::string toJson() const;
    /// @brief Parses toJson() output; missing keys keep their defaults. Throws taxa::Error.
    static TrainConfig fromJson(const std::string& json);
    /// @brief "quick-cpu" or "winner-2018"; throws taxa::Error for another name.
    static TrainConfig preset(const std::string& name);
    /// @brief Total epochs over all stages.
    int totalEpochs() const;
};

/// @brief Names of the presets, for help texts and the GUI.
std::vector<std::string> trainPresetNames();

}  // namespace taxa
