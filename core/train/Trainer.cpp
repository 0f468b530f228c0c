#include "train/Trainer.h"

#include <torch/torch.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "data/BatchLoader.h"
#include "data/Sampler.h"
#include "model/Checkpoint.h"
#include "model/ResNet.h"
#include "model/WeightImport.h"
#include "train/Autocast.h"
#include "train/DataSplits.h"
#include "train/LrSchedule.h"
#include "train/Targets.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/MemoryPolicy.h"

namespace taxa {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Where a run stands: the next thing to do is batch `batch` of epoch `epoch` of stage `stage`.
struct Position {
    int stage = 0;
    int epoch = 0;
    int64_t batch = 0;
    int64_t step = 0;
    std::string samplerState;  ///< The sampler at the start of `epoch`.
    double bestTop1 = -1;
};

nlohmann::json toJson(const EpochMetrics& m) {
    return {{"type", "epoch"},
            {"stage", m.stage},
            {"stage_name", m.stageName},
            {"epoch", m.epoch},
            {"global_epoch", m.globalEpoch},
            {"step", m.step},
            {"loss", m.loss},
            {"lr", m.lr},
            {"train_top1", m.trainTop1},
            {"train_top3", m.trainTop3},
            {"val_top1", m.valTop1},
            {"val_top3", m.valTop3},
            {"eval_set", m.evalSet},
            {"images_per_second", m.imagesPerSecond},
            {"data_wait_share", m.dataWaitShare},
            {"seconds", m.seconds},
            {"bad_images", m.badImages}};
}

nlohmann::json toJson(const StepMetrics& m) {
    return {{"type", "step"},
            {"step", m.step},
            {"stage", m.stage},
            {"epoch", m.epoch},
            {"batch", m.batch},
            {"loss", m.loss},
            {"lr", m.lr},
            {"train_top1", m.trainTop1},
            {"train_top3", m.trainTop3},
            {"images_per_second", m.imagesPerSecond}};
}

// Top-1 and top-3 hits of a batch.
std::pair<int64_t, int64_t> hits(const torch::Tensor& logits, const torch::Tensor& labels) {
    const int64_t k = std::min<int64_t>(3, logits.size(1));
    const torch::Tensor top = std::get<1>(logits.topk(k, 1));
    const torch::Tensor match = top.eq(labels.unsqueeze(1));
    return {match.select(1, 0).sum().item<int64_t>(), match.any(1).sum().item<int64_t>()};
}

}  // namespace

struct Trainer::State {
    const Dataset& ds;
    const Taxonomy& tax;
    TrainConfig cfg;
    std::string dir;
    torch::Device device = torch::kCPU;
    ResNet model{nullptr};
    std::unique_ptr<torch::optim::SGD> optimizer;
    SoftTargets targets;
    RunData data;
    Position pos;
    std::vector<int64_t> categoryIds;

    State(const Dataset& d, const Taxonomy& t, TrainConfig c, std::string r)
        : ds(d), tax(t), cfg(std::move(c)), dir(std::move(r)) {}

    std::string checkpoints() const { return dir + "/checkpoints"; }
    void log(const TrainCallbacks& cb, const std::string& line) const {
        if (cb.onLog) cb.onLog(line);
    }
    void appendMetrics(const nlohmann::json& j) const {
        std::ofstream out(dir + "/metrics.jsonl", std::ios::app);
        out << j.dump() << '\n';
        if (!out) throw Error(dir + "/metrics.jsonl: write failed");
    }

    /// @p labels on the model's device; @p cpuLabels the same, as the loader made them.
    torch::Tensor loss(const torch::Tensor& logits, const torch::Tensor& labels,
                       const torch::Tensor& cpuLabels) const;
    void setupStage(int stage);
    CheckpointMeta meta(const EpochMetrics* metrics) const;
    void saveCheckpoint(const std::string& name, const EpochMetrics* metrics, bool best = false);
    void initWeights(const TrainCallbacks& cb);
    std::pair<double, double> evaluate(const std::vector<LoaderItem>& items);
};

torch::Tensor Trainer::State::loss(const torch::Tensor& logits, const torch::Tensor& labels,
                                   const torch::Tensor& cpuLabels) const {
    const torch::Tensor logp = torch::log_softmax(logits.to(torch::kFloat32), 1);
    const int64_t k = logits.size(1);
    if (targets.isUniform()) {
        // One-hot or uniform smoothing without building the B x K target.
        const double eps = targets.eps(), u = eps > 0 ? eps / (k - 1) : 0.0;
        const torch::Tensor truth = logp.gather(1, labels.unsqueeze(1)).squeeze(1);
        return -((1.0 - eps - u) * truth + u * logp.sum(1)).mean();
    }
    std::vector<int64_t> rows, cols;
    std::vector<float> values;
    const int64_t* l = cpuLabels.data_ptr<int64_t>();  // no device round trip
    for (int64_t b = 0; b < labels.size(0); ++b)
        for (const auto& [c, p] : targets.row(static_cast<int32_t>(l[b]))) {
            rows.push_back(b);
            cols.push_back(c);
            values.push_back(p);
        }
    torch::Tensor target = torch::zeros_like(logp);
    target.index_put_(
        {torch::tensor(rows).to(logp.device()), torch::tensor(cols).to(logp.device())},
        torch::tensor(values).to(logp.device()), /*accumulate=*/true);
    return -(target * logp).sum(1).mean();
}

void Trainer::State::setupStage(int stage) {
    const StageConfig& st = cfg.stages[size_t(stage)];
    model->setTrainable(st.trainable);
    std::vector<torch::Tensor> params;
    for (const auto& p : model->parameters())
        if (p.requires_grad()) params.push_back(p);
    // A stage trains its own parameter set, so it gets a fresh optimizer (momentum included).
    optimizer = std::make_unique<torch::optim::SGD>(
        params,
        torch::optim::SGDOptions(st.lr).momentum(cfg.momentum).weight_decay(cfg.weightDecay));
}

CheckpointMeta Trainer::State::meta(const EpochMetrics* metrics) const {
    CheckpointMeta m;
    m.model = cfg.model;
    m.runConfig = cfg.toJson();
    m.categoryIds = categoryIds;
    m.epoch = metrics ? metrics->globalEpoch : 0;
    m.step = pos.step;
    nlohmann::json j = metrics ? toJson(*metrics) : nlohmann::json::object();
    j["position"] = {{"stage", pos.stage},
                     {"epoch", pos.epoch},
                     {"batch", pos.batch},
                     {"best_top1", pos.bestTop1}};
    m.metrics = j.dump();
    m.samplerState = pos.samplerState;
    return m;
}

void Trainer::State::saveCheckpoint(const std::string& name, const EpochMetrics* metrics,
                                    bool best) {
    const std::string path = checkpoints() + "/" + name;
    taxa::saveCheckpoint(path, *model, optimizer.get(), meta(metrics));
    // last.pt (and best.pt) name the same bytes: hard links avoid writing the weights again.
    auto alias = [&](const std::string& target) {
        if (target == name) return;
        const std::string tmp = checkpoints() + "/" + target + ".tmp";
        std::error_code ec;
        fs::remove(tmp, ec);
        fs::create_hard_link(path, tmp, ec);
        if (ec) fs::copy_file(path, tmp, fs::copy_options::overwrite_existing, ec);
        if (!ec) fs::rename(tmp, checkpoints() + "/" + target, ec);
        if (ec) throw Error(checkpoints() + "/" + target + ": cannot update: " + ec.message());
    };
    alias("last.pt");
    if (best) alias("best.pt");
}

void Trainer::State::initWeights(const TrainCallbacks& cb) {
    if (cfg.init.empty()) return;
    // A Taxa checkpoint (maybe of another dataset), else a TorchScript file of weights.
    std::unique_ptr<CheckpointFile> source;
    try {
        source = std::make_unique<CheckpointFile>(cfg.init);
    } catch (const Error&) {  // not a Taxa checkpoint: try TorchScript weights below
    }
    if (!source) {
        const ImportReport r = importWeights(*model, cfg.init);
        log(cb, "Imported weights from " + cfg.init + ": " + r.summary());
        return;
    }
    ModelConfig sourceModel = cfg.model;
    sourceModel.classes = source->meta().model.classes;
    ResNet donor(sourceModel);
    source->loadInto(*donor, nullptr, sourceModel);
    torch::NoGradGuard noGrad;
    auto donorParams = donor->named_parameters();
    auto donorBuffers = donor->named_buffers();
    int64_t copied = 0;
    for (auto& p : model->named_parameters()) {
        if (p.key().rfind("fc.", 0) == 0 && source->meta().model.classes != cfg.model.classes)
            continue;
        p.value().copy_(donorParams[p.key()]);
        ++copied;
    }
    for (auto& b : model->named_buffers())
        b.value().copy_(donorBuffers[b.key()]);
    log(cb, "Initialised from checkpoint " + cfg.init + " (" + std::to_string(copied) + " tensors" +
                (source->meta().model.classes != cfg.model.classes
                     ? "; classifier re-initialised for " + std::to_string(cfg.model.classes) +
                           " classes)"
                     : ")"));
}

std::pair<double, double> Trainer::State::evaluate(const std::vector<LoaderItem>& items) {
    if (items.empty()) return {0, 0};
    BatchLoaderOptions o;
    o.train = false;
    o.batchSize = cfg.batchSize;
    o.threads = cfg.loaderThreads;
    o.transform.crop = cfg.crop;
    o.transform.resize = cfg.resize;
    BatchLoader loader(items, o);
    std::vector<int64_t> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    loader.startEpoch(order, 0);
    model->eval();
    torch::NoGradGuard noGrad;
    int64_t top1 = 0, top3 = 0, n = 0;
    while (auto batch = loader.next()) {
        const torch::Tensor logits = model->forward(batch->images.to(device));
        const auto [h1, h3] = hits(logits, batch->labels.to(device));
        top1 += h1;
        top3 += h3;
        n += batch->labels.size(0);
    }
    return {n ? double(top1) / n : 0, n ? double(top3) / n : 0};
}

Trainer::Trainer(const Dataset& ds, const Taxonomy& tax, const TrainConfig& config,
                 const std::string& runDir)
    : Trainer(ds, tax, config, runDir, false) {}

Trainer::Trainer(const Dataset& ds, const Taxonomy& tax, const TrainConfig& config,
                 const std::string& runDir, bool resuming)
    : s_(std::make_unique<State>(ds, tax, config, runDir)) {
    State& s = *s_;
    s.cfg.model.classes = static_cast<int>(ds.categories.size());
    s.cfg.validate();
    if (!resuming) {
        std::error_code ec;
        if (fs::exists(runDir + "/config.json", ec))
            throw Error(runDir + ": already holds a run (use --resume to continue it)");
        fs::create_directories(runDir + "/checkpoints", ec);
        if (ec) throw Error(runDir + ": cannot create the run folder: " + ec.message());
        writeFileAtomic(runDir + "/config.json", s.cfg.toJson() + "\n");
    }
    setTorchThreads(s.cfg.threads);
    s.device = chooseDevice(s.cfg.device);
    torch::manual_seed(s.cfg.seed);  // the initial weights are part of what a seed fixes
    s.model = ResNet(s.cfg.model);
    s.model->to(s.device);
    s.data = runData(ds);
    if (s.data.train.empty()) throw Error(ds.root + ": no labelled train images");
    for (const auto& c : ds.categories)
        s.categoryIds.push_back(c.id);
    if (s.cfg.labelSmoothing <= 0)
        s.targets = SoftTargets::oneHot(s.cfg.model.classes);
    else if (s.cfg.smoothing == "taxonomy")
        s.targets = SoftTargets::taxonomy(tax, s.cfg.labelSmoothing, s.cfg.genusShare);
    else
        s.targets = SoftTargets::uniform(s.cfg.model.classes, s.cfg.labelSmoothing);
}

Trainer::~Trainer() = default;

std::unique_ptr<Trainer> Trainer::resume(const Dataset& ds, const Taxonomy& tax,
                                         const std::string& runDir) {
    const TrainConfig cfg = TrainConfig::fromJson(readFile(runDir + "/config.json"));
    std::unique_ptr<Trainer> t(new Trainer(ds, tax, cfg, runDir, true));
    State& s = *t->s_;
    const std::string last = s.checkpoints() + "/last.pt";
    std::error_code ec;
    if (!fs::exists(last, ec)) return t;  // killed before the first checkpoint: start over
    CheckpointFile file(last);            // read once for the position and the weights
    const CheckpointMeta& meta = file.meta();
    if (meta.categoryIds != s.categoryIds)
        throw Error(runDir + ": the run was trained on another dataset (its classes differ from " +
                    ds.root + ")");
    const auto j = nlohmann::json::parse(meta.metrics, nullptr, false);
    if (j.is_discarded() || !j.contains("position"))
        throw Error(last + ": checkpoint has no run position");
    const auto& p = j["position"];
    s.pos.stage = p.value("stage", 0);
    s.pos.epoch = p.value("epoch", 0);
    s.pos.batch = p.value("batch", int64_t(0));
    s.pos.bestTop1 = p.value("best_top1", -1.0);
    s.pos.step = meta.step;
    s.pos.samplerState = meta.samplerState;
    if (s.pos.stage < static_cast<int>(cfg.stages.size())) {
        s.setupStage(s.pos.stage);
        file.loadInto(*s.model, s.optimizer.get(), s.cfg.model);
    } else {
        file.loadInto(*s.model, nullptr, s.cfg.model);
    }
    return t;
}

const TrainConfig& Trainer::config() const {
    return s_->cfg;
}
const std::string& Trainer::runDir() const {
    return s_->dir;
}

TrainResult Trainer::run(const TrainCallbacks& cb) {
    State& s = *s_;
    TrainResult result;
    const ReuseFreedMemory reuse;  // each step reuses the last one's activation buffers
    const bool fresh = s.pos.step == 0 && s.pos.stage == 0 && s.pos.epoch == 0 && s.pos.batch == 0;
    if (fresh) s.initWeights(cb);
    s.log(cb, "Training " + s.cfg.model.signature() + " on " +
                  std::string(s.device.is_cuda() ? "CUDA" : "CPU") + " with " +
                  std::to_string(at::get_num_threads()) + " threads; " +
                  std::to_string(s.data.train.size()) + " train, " +
                  std::to_string(s.data.val.size()) + " val images");
    int epochsBefore = 0;
    for (int i = 0; i < s.pos.stage && i < static_cast<int>(s.cfg.stages.size()); ++i)
        epochsBefore += s.cfg.stages[size_t(i)].epochs;
    const bool cuda = s.device.is_cuda();

    for (int stage = s.pos.stage; stage < static_cast<int>(s.cfg.stages.size()); ++stage) {
        const StageConfig& st = s.cfg.stages[size_t(stage)];
        const bool midStage =
            stage == s.pos.stage && (s.pos.epoch > 0 || s.pos.batch > 0) && s.optimizer;
        if (!midStage) s.setupStage(stage);
        const bool onVal = st.data == "val";
        const std::vector<LoaderItem>& items = onVal ? s.data.valFit : s.data.train;
        const std::vector<LoaderItem>& evalItems = onVal ? s.data.minival : s.data.val;
        if (items.empty()) throw Error("stage '" + st.name + "': no images to train on");
        std::vector<int32_t> labels;
        for (const auto& it : items)
            labels.push_back(it.label);
        SamplerConfig sc;
        sc.kind = parseSamplerKind(s.cfg.sampler);
        sc.q = s.cfg.samplerQ;
        sc.seed = s.cfg.seed * 1000003 + static_cast<uint64_t>(stage);
        Sampler sampler(labels, s.cfg.model.classes, sc);
        if (stage == s.pos.stage && !s.pos.samplerState.empty())
            sampler.restoreState(s.pos.samplerState);
        BatchLoaderOptions lo;
        lo.batchSize = s.cfg.batchSize;
        lo.threads = s.cfg.loaderThreads;
        lo.transform.crop = s.cfg.crop;
        lo.transform.resize = s.cfg.resize;
        lo.transform.randomResized = s.cfg.randomResized;
        lo.transform.brightness = lo.transform.contrast = lo.transform.saturation = s.cfg.jitter;
        lo.seed = sc.seed;
        lo.dropLast = true;
        BatchLoader loader(items, lo);
        s.log(cb, "Stage " + std::to_string(stage + 1) + "/" + std::to_string(s.cfg.stages.size()) +
                      " '" + st.name + "': trainable " + st.trainable + ", " +
                      std::to_string(items.size()) + " images, " + std::to_string(st.epochs) +
                      " epochs, lr " + std::to_string(st.lr));

        for (int epoch = stage == s.pos.stage ? s.pos.epoch : 0; epoch < st.epochs; ++epoch) {
            s.pos.stage = stage;
            s.pos.epoch = epoch;
            s.pos.samplerState = sampler.saveState();
            const int64_t firstBatch = s.pos.batch;
            loader.startEpoch(sampler, firstBatch);
            int64_t batches = loader.batchesInEpoch();
            if (s.cfg.maxStepsPerEpoch > 0) batches = std::min(batches, s.cfg.maxStepsPerEpoch);
            const auto epochStart = Clock::now();
            const double waitBefore = loader.waitSeconds();
            double lossSum = 0;
            int64_t seen = 0, top1 = 0, top3 = 0, lossBatches = 0;
            double lr = st.lr;
            s.model->train();
            for (int64_t b = firstBatch; b < batches; ++b) {
                if (cb.keepGoing && !cb.keepGoing()) {
                    s.pos.batch = b;
                    loader.cancel();
                    s.saveCheckpoint("last.pt", nullptr);
                    s.log(cb, "Stopped at step " + std::to_string(s.pos.step) +
                                  "; resume continues from here");
                    result.stopped = true;
                    return result;
                }
                const auto stepStart = Clock::now();
                auto batch = loader.next();
                if (!batch) break;
                // Bad images left out can shrink a batch to one image, which batch norm cannot
                // train on; skipping it loses one image and keeps the run alive.
                if (batch->labels.size(0) < 2) continue;
                lr = learningRate(s.cfg.schedule, st.lr, epoch + double(b) / batches, st.epochs,
                                  s.cfg.warmupEpochs, s.cfg.stepEpochs, s.cfg.stepGamma);
                for (auto& group : s.optimizer->param_groups())
                    static_cast<torch::optim::SGDOptions&>(group.options()).lr(lr);
                const torch::Tensor images = batch->images.to(s.device, /*non_blocking=*/true);
                const torch::Tensor y = batch->labels.to(s.device, true);
                s.optimizer->zero_grad();
                torch::Tensor logits;
                {
                    // bfloat16 keeps float32's range, so no loss scaling is needed.
                    const CudaAutocast autocast(cuda && s.cfg.mixedPrecision, at::kBFloat16);
                    logits = s.model->forward(images);
                }
                const torch::Tensor loss = s.loss(logits, y, batch->labels);
                const double lossValue = loss.item<double>();
                ++s.pos.step;
                if (!std::isfinite(lossValue))
                    throw Error(
                        "loss became " + std::string(std::isnan(lossValue) ? "NaN" : "infinite") +
                        " at step " + std::to_string(s.pos.step) + " (stage '" + st.name +
                        "', epoch " + std::to_string(epoch + 1) + ", batch " +
                        std::to_string(b + 1) + "); training stopped, the last checkpoint is kept");
                loss.backward();
                s.optimizer->step();
                const auto [h1, h3] = hits(logits.detach(), y);
                const int64_t n = y.size(0);
                top1 += h1;
                top3 += h3;
                seen += n;
                lossSum += lossValue;
                ++lossBatches;
                ++result.steps;
                // Every 10th step goes to metrics.jsonl whether or not anybody is watching.
                const bool logged = s.pos.step % 10 == 0;
                if (cb.onStep || logged) {
                    StepMetrics m;
                    m.step = s.pos.step;
                    m.stage = stage;
                    m.stageName = st.name;
                    m.epoch = epoch;
                    m.batch = b;
                    m.batches = batches;
                    m.loss = lossValue;
                    m.lr = lr;
                    m.trainTop1 = double(top1) / seen;
                    m.trainTop3 = double(top3) / seen;
                    m.imagesPerSecond =
                        n / std::chrono::duration<double>(Clock::now() - stepStart).count();
                    if (cb.onStep) cb.onStep(m);
                    if (logged) s.appendMetrics(toJson(m));
                }
            }
            loader.cancel();  // a capped epoch leaves prefetched batches unused
            const double seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
            EpochMetrics em;
            em.stage = stage;
            em.stageName = st.name;
            em.epoch = epoch;
            em.globalEpoch = epochsBefore + epoch + 1;
            em.totalEpochs = s.cfg.totalEpochs();
            em.step = s.pos.step;
            em.loss = lossBatches ? lossSum / lossBatches : 0;
            em.lr = lr;
            em.trainTop1 = seen ? double(top1) / seen : 0;
            em.trainTop3 = seen ? double(top3) / seen : 0;
            em.seconds = seconds;
            em.imagesPerSecond = seconds > 0 ? seen / seconds : 0;
            em.dataWaitShare = seconds > 0 ? (loader.waitSeconds() - waitBefore) / seconds : 0;
            em.badImages = static_cast<int64_t>(loader.badImages().size());
            std::tie(em.valTop1, em.valTop3) = s.evaluate(evalItems);
            em.evalSet = onVal ? "minival" : "val";
            s.appendMetrics(toJson(em));
            // The next thing to do is the next epoch; its sampler state is the current one.
            s.pos.epoch = epoch + 1;
            s.pos.batch = 0;
            s.pos.samplerState = sampler.saveState();
            const bool best = em.valTop1 > s.pos.bestTop1;
            if (best) s.pos.bestTop1 = em.valTop1;
            char name[32];
            std::snprintf(name, sizeof name, "epoch-%03d.pt", em.globalEpoch);
            s.saveCheckpoint(name, &em, best);
            result.last = em;
            if (cb.onEpoch) cb.onEpoch(em);
            s.log(cb, "Epoch " + std::to_string(em.globalEpoch) + "/" +
                          std::to_string(em.totalEpochs) + ": loss " + std::to_string(em.loss) +
                          ", " + em.evalSet + " top-1 " + std::to_string(em.valTop1) + ", top-3 " +
                          std::to_string(em.valTop3));
        }
        epochsBefore += st.epochs;
        s.pos.stage = stage + 1;
        s.pos.epoch = 0;
        s.pos.batch = 0;
        s.pos.samplerState.clear();
    }
    // last.pt is already the final epoch's checkpoint (a hard link), and a resumed finished run
    // must not overwrite it with an empty position.
    result.finished = true;
    result.bestTop1 = s.pos.bestTop1;
    return result;
}

}  // namespace taxa
