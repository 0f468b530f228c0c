#include "train/TrainConfig.h"

#include <nlohmann/json.hpp>

#include "model/ModelConfigJson.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/JsonFields.h"
#include "util/JsonText.h"

namespace taxa {

namespace {

std::vector<StageConfig> stagesFromJson(const nlohmann::json& list, const std::string& label) {
    if (!list.is_array())
        throw Error(label + ": field 'stages': expected a list, got " + jsonfields::typeName(list));
    std::vector<StageConfig> out;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string prefix = "stages[" + std::to_string(i) + "].";
        const nlohmann::json& s = list[i];
        if (!s.is_object())
            throw Error(label + ": field 'stages[" + std::to_string(i) +
                        "]': expected an object, got " + jsonfields::typeName(s));
        StageConfig st;
        jsonfields::read(s, "name", st.name, label, prefix);
        jsonfields::read(s, "trainable", st.trainable, label, prefix);
        jsonfields::read(s, "data", st.data, label, prefix);
        jsonfields::read(s, "epochs", st.epochs, label, prefix);
        jsonfields::read(s, "lr", st.lr, label, prefix);
        out.push_back(st);
    }
    return out;
}

}  // namespace

std::vector<std::string> trainPresetNames() {
    return {"quick-cpu", "winner-2018"};
}

TrainConfig TrainConfig::preset(const std::string& name) {
    TrainConfig c;
    if (name == "quick-cpu") {
        // Learns visibly on two CPU cores within about two minutes on the demo dataset.
        c.model.arch = "resnet18";
        c.model.head = "avg";
        c.crop = 64;
        c.resize = 73;
        c.randomResized = false;
        c.batchSize = 32;
        c.stages = {StageConfig{"train", "all", "train", 5, 0.05}};
        c.schedule = "cosine";
        c.warmupEpochs = 0.3;
        c.weightDecay = 5e-4;
        c.device = "cpu";
        return c;
    }
    if (name == "winner-2018") {
        // DLUT_VLG (REFERENCE.md): ResNet-152 + iSQRT-COV (d = 160, N = 3) with stride 1 in the
        // last stage, 392/448 crops, head only, then the last 9 blocks + head, then fine-tuning
        // on the balanced val split at 2e-4.
        c.model.arch = "resnet152";
        c.model.head = "mpncov";
        c.model.covDim = 160;
        c.model.nsIterations = 3;
        c.model.lastStageStride1 = true;
        c.crop = 392;
        c.resize = 448;
        c.batchSize = 32;
        c.stages = {StageConfig{"head", "head", "train", 5, 0.1},
                    StageConfig{"last-9-blocks", "last:9", "train", 20, 0.01},
                    StageConfig{"val-finetune", "last:9", "val", 5, 2e-4}};
        c.schedule = "cosine";
        c.warmupEpochs = 0.5;
        c.device = "auto";
        return c;
    }
    throw Error("unknown preset '" + name + "' (quick-cpu, winner-2018)");
}

int TrainConfig::totalEpochs() const {
    int n = 0;
    for (const auto& s : stages)
        n += s.epochs;
    return n;
}

void TrainConfig::validate() const {
    model.validate();
    auto need = [](bool ok, const std::string& what) {
        if (!ok) throw Error("train config: " + what);
    };
    need(crop >= 16 && crop <= 2048, "crop must be 16..2048");
    need(resize >= crop, "resize (S) must be at least the crop (C)");
    need(batchSize >= 1 && batchSize <= 65536, "batch size must be 1..65536");
    need(!stages.empty(), "at least one stage");
    for (const auto& s : stages) {
        need(s.epochs >= 1, "stage '" + s.name + "': epochs must be at least 1");
        need(s.lr > 0 && s.lr < 100, "stage '" + s.name + "': learning rate must be in (0, 100)");
        need(s.data == "train" || s.data == "val",
             "stage '" + s.name + "': data must be train or val");
    }
    need(momentum >= 0 && momentum < 1, "momentum must be in [0, 1)");
    need(weightDecay >= 0 && weightDecay < 1, "weight decay must be in [0, 1)");
    need(schedule == "cosine" || schedule == "step" || schedule == "constant",
         "schedule must be cosine, step or constant");
    need(warmupEpochs >= 0, "warm-up must not be negative");
    need(stepEpochs >= 1 && stepGamma > 0 && stepGamma <= 1,
         "step schedule needs epochs >= 1, 0 < gamma <= 1");
    need(labelSmoothing >= 0 && labelSmoothing < 1, "label smoothing must be in [0, 1)");
    need(smoothing == "uniform" || smoothing == "taxonomy",
         "smoothing must be uniform or taxonomy");
    need(genusShare >= 0 && genusShare <= 1, "genus share must be in [0, 1]");
    need(sampler == "instance" || sampler == "class-balanced" || sampler == "sqrt" ||
             sampler == "square-root" || sampler == "power",
         "sampler must be instance, class-balanced, sqrt or power");
    need(samplerQ >= 0 && samplerQ <= 1, "sampler q must be in [0, 1]");  // false for NaN too
    need(batchNorm == "batch" || batchNorm == "frozen" || batchNorm == "sync",
         "batch norm must be batch, frozen or sync");
    need(device == "auto" || device == "cpu" || device == "cuda",
         "device must be auto, cpu or cuda");
    need(threads >= 0 && loaderThreads >= 0, "thread counts must not be negative");
    need(maxStepsPerEpoch >= 0, "max steps per epoch must not be negative");
}

std::string TrainConfig::toJson() const {
    nlohmann::json stagesJson = nlohmann::json::array();
    for (const auto& s : stages)
        stagesJson.push_back({{"name", s.name},
                              {"trainable", s.trainable},
                              {"data", s.data},
                              {"epochs", s.epochs},
                              {"lr", s.lr}});
    nlohmann::json j{{"model", nlohmann::json::parse(model.toJson())},
                     {"crop", crop},
                     {"resize", resize},
                     {"random_resized", randomResized},
                     {"jitter", jitter},
                     {"batch_size", batchSize},
                     {"stages", stagesJson},
                     {"momentum", momentum},
                     {"weight_decay", weightDecay},
                     {"schedule", schedule},
                     {"warmup_epochs", warmupEpochs},
                     {"step_epochs", stepEpochs},
                     {"step_gamma", stepGamma},
                     {"sampler", sampler},
                     {"sampler_q", samplerQ},
                     {"label_smoothing", labelSmoothing},
                     {"smoothing", smoothing},
                     {"genus_share", genusShare},
                     {"batch_norm", batchNorm},
                     {"device", device},
                     {"mixed_precision", mixedPrecision},
                     {"threads", threads},
                     {"loader_threads", loaderThreads},
                     {"seed", seed},
                     {"init", init},
                     {"max_steps_per_epoch", maxStepsPerEpoch}};
    return jsonText(j, 2);
}

TrainConfig TrainConfig::fromJson(const std::string& text, const std::string& label) {
    using jsonfields::read;
    const nlohmann::json j = jsonfields::parseObject(text, label);
    TrainConfig c;
    if (j.contains("model")) c.model = modelConfigFromJson(j["model"], label, "model.");
    read(j, "crop", c.crop, label);
    read(j, "resize", c.resize, label);
    read(j, "random_resized", c.randomResized, label);
    read(j, "jitter", c.jitter, label);
    read(j, "batch_size", c.batchSize, label);
    if (j.contains("stages")) c.stages = stagesFromJson(j["stages"], label);
    read(j, "momentum", c.momentum, label);
    read(j, "weight_decay", c.weightDecay, label);
    read(j, "schedule", c.schedule, label);
    read(j, "warmup_epochs", c.warmupEpochs, label);
    read(j, "step_epochs", c.stepEpochs, label);
    read(j, "step_gamma", c.stepGamma, label);
    read(j, "sampler", c.sampler, label);
    read(j, "sampler_q", c.samplerQ, label);
    read(j, "label_smoothing", c.labelSmoothing, label);
    read(j, "smoothing", c.smoothing, label);
    read(j, "genus_share", c.genusShare, label);
    read(j, "batch_norm", c.batchNorm, label);
    read(j, "device", c.device, label);
    read(j, "mixed_precision", c.mixedPrecision, label);
    read(j, "threads", c.threads, label);
    read(j, "loader_threads", c.loaderThreads, label);
    read(j, "seed", c.seed, label);
    read(j, "init", c.init, label);
    read(j, "max_steps_per_epoch", c.maxStepsPerEpoch, label);
    return c;
}

TrainConfig TrainConfig::load(const std::string& path) {
    return fromJson(readFile(path), path);
}

}  // namespace taxa
