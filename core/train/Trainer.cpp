// Set-up, resume and the stage loop of a training run. An epoch's steps are in TrainEpoch.cpp,
// evaluation, metrics and checkpoints in TrainRecord.cpp.

#include <thread>

#include "model/WeightImport.h"
#include "train/RunAgreement.h"
#include "train/TrainerState.h"
#include "util/AtomicFile.h"
#include "util/BlasLibrary.h"
#include "util/Error.h"
#include "util/JsonFields.h"
#include "util/MemoryPolicy.h"

namespace taxa {

namespace {

int cores() {
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// Rank 0 does @p work (files, locks); the others learn through the store whether it worked, so
// that a refused start ends every rank at once with rank 0's reason instead of a timeout.
void onRankZero(Collective* comm, const std::string& what, const std::function<void()>& work) {
    if (!comm) return work();
    std::string error;
    if (comm->rank() == 0) {
        try {
            work();
        } catch (const Error& e) {
            error = e.what();
        }
    }
    const std::string verdict = comm->fromRankZero("verdict/" + what, error);
    if (!verdict.empty()) comm->gatherText("heard/" + what, "");  // rank 0's store stays up
    if (!verdict.empty())
        throw Error(comm->rank() == 0 ? verdict : "rank 0 could not " + what + ": " + verdict);
}

}  // namespace

void Trainer::State::log(const TrainCallbacks& cb, const std::string& line) const {
    if (cb.onLog && !line.empty()) cb.onLog(line);
}

// Everything that needs neither files nor peers: the device, the model, the data, the targets.
void Trainer::State::build() {
    cfg.model.classes = static_cast<int>(ds.categories.size());
    cfg.validate();
    setTorchThreads(cfg.threads > 0 ? cfg.threads : std::max(1, cores() / dist.localWorldSize));
    device = chooseDevice(cfg.device);
    if (device.is_cuda() && dist.distributed())
        device = torch::Device(torch::kCUDA, dist.localRank);
    torch::manual_seed(cfg.seed);  // the initial weights are part of what a seed fixes
    model = ResNet(cfg.model);
    model->to(device);
    if (device.is_cuda()) toChannelsLast(*model);
    data = runData(ds);
    if (data.train.empty()) throw Error(ds.root + ": no labelled train images");
    for (const auto& c : ds.categories)
        categoryIds.push_back(c.id);
    if (cfg.labelSmoothing <= 0)
        targets = SoftTargets::oneHot(cfg.model.classes);
    else if (cfg.smoothing == "taxonomy")
        targets = SoftTargets::taxonomy(tax, cfg.labelSmoothing, cfg.genusShare);
    else
        targets = SoftTargets::uniform(cfg.model.classes, cfg.labelSmoothing);
}

// A Taxa checkpoint (maybe of another dataset: the classifier is then re-initialised), else
// a PyTorch state dict or TorchScript weights matched by name.
void Trainer::State::initWeights() {
    if (cfg.init.empty()) return;
    std::unique_ptr<CheckpointFile> source;
    try {
        source = std::make_unique<CheckpointFile>(cfg.init);
    } catch (const Error&) {  // not a Taxa checkpoint: PyTorch weights below
    }
    if (!source) {
        const ImportReport r = importWeights(*model, cfg.init);
        startLog = "Imported weights from " + cfg.init + " (" + r.format + "): " + r.summary();
        return;
    }
    ModelConfig sourceModel = cfg.model;
    sourceModel.classes = source->meta().model.classes;
    ResNet donor(sourceModel);
    source->loadInto(*donor, nullptr, sourceModel);
    torch::NoGradGuard noGrad;
    auto donorParams = donor->named_parameters();
    auto donorBuffers = donor->named_buffers();
    const bool newClasses = sourceModel.classes != cfg.model.classes;
    int64_t copied = 0;
    for (auto& p : model->named_parameters()) {
        if (p.key().rfind("fc.", 0) == 0 && newClasses) continue;
        p.value().copy_(donorParams[p.key()]);
        ++copied;
    }
    for (auto& b : model->named_buffers())
        b.value().copy_(donorBuffers[b.key()]);
    startLog =
        "Initialised from checkpoint " + cfg.init + " (" + std::to_string(copied) + " tensors" +
        (newClasses
             ? "; classifier re-initialised for " + std::to_string(cfg.model.classes) + " classes)"
             : ")");
}

// What the ranks of a run must share; the threads may differ from one machine to the next.
nlohmann::json Trainer::State::fingerprint() const {
    nlohmann::json recipe = nlohmann::json::parse(cfg.toJson());
    recipe.erase("threads");
    recipe.erase("loader_threads");
    uint64_t ids = 1469598103934665603ull;  // FNV-1a of the category ids, in order
    for (int64_t id : categoryIds)
        ids = (ids ^ static_cast<uint64_t>(id)) * 1099511628211ull;
    return {{"recipe", recipe},
            {"dataset",
             {{"classes", categoryIds.size()},
              {"classes_hash", ids},
              {"train_images", data.train.size()},
              {"val_images", data.val.size()}}}};
}

void Trainer::State::connect() {
    if (dist.distributed()) {
        comm = std::make_unique<Collective>(dist, device);
        agreeOnTheRun(*comm, fingerprint());  // before the first collective
    }
    model->setBatchNorm(cfg.batchNorm,
                        comm ? std::shared_ptr<AllReduceSum>(comm.get(), [](auto*) {}) : nullptr);
}

void Trainer::State::createFolder() {
    onRankZero(comm.get(), "start the run", [this] {
        NewRunFolder folder(dir);
        lock = std::make_unique<RunLock>(dir);
        folder.writeConfig(cfg.toJson() + "\n");
        folder.commit();
    });
    if (comm) {  // DDP starts every rank from rank 0's weights
        std::vector<torch::Tensor> all = model->parameters();
        for (const auto& b : model->buffers())
            all.push_back(b);
        comm->broadcast(all);
    }
}

Trainer::Trainer(std::unique_ptr<State> state) : s_(std::move(state)) {}

Trainer::Trainer(const Dataset& ds, const Taxonomy& tax, const TrainConfig& config,
                 const std::string& runDir, const DistEnv& dist)
    : s_(std::make_unique<State>(ds, tax, config, runDir, dist)) {
    s_->build();
    s_->initWeights();
    s_->connect();
    s_->createFolder();
}

Trainer::~Trainer() = default;

std::unique_ptr<Trainer> Trainer::resume(const Dataset& ds, const Taxonomy& tax,
                                         const std::string& runDir, const DistEnv& dist) {
    const TrainConfig cfg = TrainConfig::load(RunFolder(runDir).config());  // names the file
    auto s = std::make_unique<State>(ds, tax, cfg, runDir, dist);
    s->build();
    s->connect();
    const std::string from = s->run().resumeCheckpoint();
    if (!from.empty()) s->restore(from);  // else killed before the first checkpoint
    s->startLog = from.empty() ? "No checkpoint yet: the run starts from its first step"
                               : "Resuming from " + from;
    State& st = *s;
    onRankZero(st.comm.get(), "resume the run", [&st] {
        st.lock = std::make_unique<RunLock>(st.dir);
        removeOrphanedTemporaries(st.dir);
        int64_t epochs = st.pos.epoch;
        for (int i = 0; i < st.pos.stage && i < static_cast<int>(st.cfg.stages.size()); ++i)
            epochs += st.cfg.stages[size_t(i)].epochs;
        truncateMetrics(st.dir, st.pos.step, epochs);
    });
    return std::unique_ptr<Trainer>(new Trainer(std::move(s)));
}

void Trainer::State::restore(const std::string& lastCheckpoint) {
    CheckpointFile file(lastCheckpoint);  // read once for the position and the weights
    const CheckpointMeta& meta = file.meta();
    if (meta.categoryIds != categoryIds)
        throw Error(dir + ": the run was trained on another dataset (its classes differ from " +
                    ds.root + ")");
    const auto j = nlohmann::json::parse(meta.metrics, nullptr, false);
    if (j.is_discarded() || !j.contains("position"))
        throw Error(lastCheckpoint + ": checkpoint has no run position");
    readPosition(j["position"], lastCheckpoint);
    pos.step = meta.step;
    pos.samplerState = meta.samplerState;
    if (pos.stage < static_cast<int>(cfg.stages.size())) {
        setupStage(pos.stage);
        file.loadInto(*model, optimizer.get(), cfg.model);
    } else {
        file.loadInto(*model, nullptr, cfg.model);
    }
}

// The position decides which stage's config and which epoch's schedule are indexed, so a
// checkpoint from elsewhere (a stage of -1, an epoch of 1e300) is refused, not converted with
// undefined behaviour or used as an index.
void Trainer::State::readPosition(const nlohmann::json& p, const std::string& path) {
    namespace jf = jsonfields;
    if (!p.is_object()) throw Error(path + ": the checkpoint's run position is not an object");
    const std::string label = path + " (run position)";
    pos.stage = 0;
    pos.epoch = 0;
    jf::read(p, "stage", pos.stage, label);
    jf::read(p, "epoch", pos.epoch, label);
    // Checkpoints before data-parallel training counted batches of one process.
    int64_t batch = 0;
    pos.samples = 0;
    jf::read(p, "batch", batch, label);
    if (p.contains("samples"))
        jf::read(p, "samples", pos.samples, label);
    else if (batch >= 0 && batch <= INT64_MAX / std::max<int64_t>(cfg.batchSize, 1))
        pos.samples = batch * cfg.batchSize;
    pos.bestTop1 = -1.0;
    jf::read(p, "best_top1", pos.bestTop1, label);
    if (p.contains("tally")) pos.tally = EpochTally::fromJson(p["tally"], label);
    const int stages = static_cast<int>(cfg.stages.size());
    if (pos.stage < 0 || pos.stage > stages || pos.epoch < 0 || pos.samples < 0)
        throw Error(path + ": the checkpoint's run position (stage " + std::to_string(pos.stage) +
                    ", epoch " + std::to_string(pos.epoch) + ") is not one of this run's " +
                    std::to_string(stages) + " stages");
}

void Trainer::State::setupStage(int stage) {
    const StageConfig& st = cfg.stages[size_t(stage)];
    preparedStage = stage;
    model->setTrainable(st.trainable);
    std::vector<torch::Tensor> params;
    for (const auto& p : model->parameters())
        if (p.requires_grad()) params.push_back(p);
    // A stage trains its own parameter set, so it gets a fresh optimizer (momentum included)
    // and, in a data-parallel run, its own gradient buckets.
    optimizer = std::make_unique<torch::optim::SGD>(
        params,
        torch::optim::SGDOptions(st.lr).momentum(cfg.momentum).weight_decay(cfg.weightDecay));
    reducer.reset();
    if (comm)
        reducer = std::make_unique<GradientReducer>(*comm, params, dist.bucketMb, dist.overlap);
}

StageRun Trainer::State::openStage(int stage, int epochsBefore) {
    StageRun sr;
    sr.index = stage;
    sr.config = &cfg.stages[size_t(stage)];
    sr.epochsBefore = epochsBefore;
    sr.onVal = sr.config->data == "val";
    sr.items = sr.onVal ? &data.valFit : &data.train;
    sr.evalItems = sr.onVal ? &data.minival : &data.val;
    if (sr.items->empty()) throw Error("stage '" + sr.config->name + "': no images to train on");
    if (preparedStage != stage) setupStage(stage);  // a resume prepared it with its optimizer
    std::vector<int32_t> labels;
    for (const auto& it : *sr.items)
        labels.push_back(it.label);
    SamplerConfig sc;
    sc.kind = parseSamplerKind(cfg.sampler);
    sc.q = cfg.samplerQ;
    sc.seed = cfg.seed * 1000003 + static_cast<uint64_t>(stage);
    sr.sampler = std::make_unique<Sampler>(labels, cfg.model.classes, sc);
    if (stage == pos.stage && !pos.samplerState.empty()) sr.sampler->restoreState(pos.samplerState);
    BatchLoaderOptions lo;
    lo.batchSize = cfg.batchSize;
    lo.threads = loaderThreads();
    lo.transform.crop = cfg.crop;
    lo.transform.resize = cfg.resize;
    lo.transform.randomResized = cfg.randomResized;
    lo.transform.brightness = lo.transform.contrast = lo.transform.saturation = cfg.jitter;
    lo.seed = sc.seed;
    lo.dropLast = true;
    sr.loader = std::make_unique<BatchLoader>(*sr.items, lo);
    return sr;
}

int Trainer::State::loaderThreads() const {
    // Processes sharing a machine share its cores.
    return cfg.loaderThreads > 0 ? cfg.loaderThreads : std::max(1, cores() / dist.localWorldSize);
}

TrainResult Trainer::run(const TrainCallbacks& cb) {
    State& s = *s_;
    TrainResult result;
    const ReuseFreedMemory reuse;  // each step reuses the last one's activation buffers
    // Once run() returns nothing writes here: free the folder so that this same process (the
    // GUI after Stop, a test) can resume it while this Trainer still exists.
    const std::unique_ptr<RunLock> releaseOnReturn = std::move(s.lock);
    s.log(cb, s.startLog);
    if (!s.device.is_cuda()) s.log(cb, referenceBlasWarning());
    s.log(cb, "Training " + s.cfg.model.signature() + " on " +
                  std::string(s.device.is_cuda() ? "CUDA" : "CPU") + " with " +
                  std::to_string(at::get_num_threads()) + " threads" +
                  (s.comm ? " as rank " + std::to_string(s.rank()) + " of " +
                                std::to_string(s.world()) + " (" + s.comm->backend() + ")"
                          : std::string()) +
                  "; " + std::to_string(s.data.train.size()) + " train, " +
                  std::to_string(s.data.val.size()) + " val images");
    int epochsBefore = 0;
    for (int i = 0; i < s.pos.stage && i < static_cast<int>(s.cfg.stages.size()); ++i)
        epochsBefore += s.cfg.stages[size_t(i)].epochs;
    for (int stage = s.pos.stage; stage < static_cast<int>(s.cfg.stages.size()); ++stage) {
        StageRun sr = s.openStage(stage, epochsBefore);
        const StageConfig& st = *sr.config;
        s.log(cb, "Stage " + std::to_string(stage + 1) + "/" + std::to_string(s.cfg.stages.size()) +
                      " '" + st.name + "': trainable " + st.trainable + ", " +
                      std::to_string(sr.items->size()) + " images, " + std::to_string(st.epochs) +
                      " epochs, lr " + std::to_string(st.lr));
        for (int epoch = stage == s.pos.stage ? s.pos.epoch : 0; epoch < st.epochs; ++epoch) {
            double lr = st.lr;
            if (s.runEpoch(cb, sr, epoch, lr, result) == EpochEnd::Stopped) {
                result.stopped = true;
                return result;
            }
            result.last = s.finishEpoch(sr, epoch, lr, cb);
            if (cb.onEpoch) cb.onEpoch(result.last);
        }
        epochsBefore += st.epochs;
        s.pos.stage = stage + 1;
        s.pos.epoch = 0;
        s.pos.samples = 0;
        s.pos.samplerState.clear();
    }
    // last.pt is already the final epoch's checkpoint (a hard link), and a resumed finished run
    // must not overwrite it with an empty position.
    result.finished = true;
    result.bestTop1 = s.pos.bestTop1;
    return result;
}

const TrainConfig& Trainer::config() const {
    return s_->cfg;
}
const std::string& Trainer::runDir() const {
    return s_->dir;
}

}  // namespace taxa
