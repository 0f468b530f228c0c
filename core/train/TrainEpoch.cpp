// One epoch of training steps: its share of the epoch's order, then per batch: agree with the
// other ranks (stop? usable?), forward, loss (stop everyone on NaN), backward with the
// gradients averaged over the ranks, step, record.

#include <chrono>

#include "data/Shard.h"
#include "train/Autocast.h"
#include "train/LrSchedule.h"
#include "train/TrainerState.h"
#include "util/Error.h"

namespace taxa {

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Top-1 and top-3 hits of a batch.
std::pair<int64_t, int64_t> hits(const torch::Tensor& logits, const torch::Tensor& labels) {
    const int64_t k = std::min<int64_t>(3, logits.size(1));
    const torch::Tensor top = std::get<1>(logits.topk(k, 1));
    const torch::Tensor match = top.eq(labels.unsqueeze(1));
    return {match.select(1, 0).sum().item<int64_t>(), match.any(1).sum().item<int64_t>()};
}

// The sampler's draws for the next epoch (the same on every rank: same seed, same state).
std::vector<int64_t> drawEpoch(Sampler& sampler) {
    std::vector<int64_t> order(static_cast<size_t>(sampler.epochLength()));
    for (auto& i : order)
        i = sampler.next();
    return order;
}

}  // namespace

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

std::vector<double> Trainer::State::sumOverRanks(std::vector<double> values) {
    if (!comm) return values;
    // NCCL reduces device tensors only; Gloo host tensors.
    const torch::Device where = comm->backend() == "nccl" ? device : torch::Device(torch::kCPU);
    torch::Tensor t = torch::tensor(values, torch::kFloat64).to(where);
    comm->sum(t);
    t = t.cpu();
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = t[int64_t(i)].item<double>();
    return values;
}

// PyTorch DDP's default (broadcast_buffers): every forward starts from rank 0's batch-norm
// running statistics, so that the checkpoint rank 0 writes is what every rank evaluated.
void Trainer::State::syncBuffers() {
    if (!comm || cfg.batchNorm != "batch") return;  // frozen: constant; sync: equal already
    comm->broadcast(model->buffers());
}

EpochEnd Trainer::State::runEpoch(const TrainCallbacks& cb, StageRun& sr, int epoch, double& lr,
                                  TrainResult& result) {
    const StageConfig& st = *sr.config;
    pos.stage = sr.index;
    pos.epoch = epoch;
    Sampler& sampler = *sr.sampler;
    pos.samplerState = sampler.saveState();  // a resume restored it to exactly this
    const int64_t epochNo =
        sampler.position() >= sampler.epochLength() ? sampler.epoch() + 1 : sampler.epoch();
    const int64_t global = int64_t(cfg.batchSize) * world();
    BatchLoader& loader = *sr.loader;
    loader.startEpoch(shardOf(drawEpoch(sampler), rank(), world()), epochNo, pos.samples / global,
                      rank(), world());
    int64_t batches = loader.batchesInEpoch();
    if (cfg.maxStepsPerEpoch > 0) batches = std::min(batches, cfg.maxStepsPerEpoch);
    const auto start = Clock::now();
    const double waitBefore = loader.waitSeconds();
    const double commBefore = comm ? comm->seconds() : 0;
    const double gradBefore = reducer ? reducer->exposedSeconds() : 0;
    auto bank = [&] {  // this session's time into the epoch's sums
        pos.tally.seconds += since(start);
        pos.tally.waitSeconds += loader.waitSeconds() - waitBefore;
        if (comm) pos.tally.commSeconds += comm->seconds() - commBefore;
        if (reducer) pos.tally.gradWaitSeconds += reducer->exposedSeconds() - gradBefore;
    };
    const bool cuda = device.is_cuda();
    model->train();
    for (int64_t b = pos.samples / global; b < batches; ++b) {
        const bool stopAsked = cb.keepGoing && !cb.keepGoing();
        std::optional<Batch> batch;
        if (!stopAsked || comm) batch = loader.next();  // a rank alone stops without one
        // Bad images left out can shrink a batch below two, which batch norm cannot train on:
        // every rank skips that step together.
        const bool usable = batch && batch->labels.size(0) >= 2;
        const auto agreed = sumOverRanks({stopAsked ? 1.0 : 0.0, usable ? 0.0 : 1.0});
        if (agreed[0] > 0) {
            pos.samples = b * global;
            loader.cancel();
            bank();
            if (writes()) saveCheckpoint(run().lastCheckpoint(), nullptr);
            log(cb, "Stopped at step " + std::to_string(pos.step) + "; resume continues from here");
            return EpochEnd::Stopped;
        }
        if (!batch && !comm) break;  // the loader was cancelled
        if (agreed[1] > 0) continue;
        const auto stepStart = Clock::now();
        lr = learningRate(cfg.schedule, st.lr, epoch + double(b) / batches, st.epochs,
                          cfg.warmupEpochs, cfg.stepEpochs, cfg.stepGamma);
        for (auto& group : optimizer->param_groups())
            static_cast<torch::optim::SGDOptions&>(group.options()).lr(lr);
        torch::Tensor images = batch->images.to(device, /*non_blocking=*/true);
        if (cuda) images = images.contiguous(at::MemoryFormat::ChannelsLast);
        const torch::Tensor y = batch->labels.to(device, true);
        optimizer->zero_grad();
        if (reducer) reducer->prepare();
        syncBuffers();
        torch::Tensor logits;
        {
            // bfloat16 keeps float32's range, so no loss scaling is needed.
            const CudaAutocast autocast(cuda && cfg.mixedPrecision, at::kBFloat16);
            logits = model->forward(images);
        }
        const torch::Tensor lossTensor = loss(logits, y, batch->labels);
        const double lossValue = lossTensor.item<double>();
        ++pos.step;
        if (sumOverRanks({std::isfinite(lossValue) ? 0.0 : 1.0})[0] > 0)
            throw Error("loss became " +
                        std::string(std::isfinite(lossValue) ? "NaN on another rank"
                                    : std::isnan(lossValue)  ? "NaN"
                                                             : "infinite") +
                        " at step " + std::to_string(pos.step) + " (stage '" + st.name +
                        "', epoch " + std::to_string(epoch + 1) + ", batch " +
                        std::to_string(b + 1) + "); training stopped, the last checkpoint is kept");
        lossTensor.backward();
        if (reducer) reducer->finish();
        optimizer->step();
        const auto [h1, h3] = hits(logits.detach(), y);
        const int64_t n = y.size(0);
        EpochTally& t = pos.tally;
        t.top1 += h1;
        t.top3 += h3;
        t.seen += n;
        t.lossSum += lossValue;
        ++t.lossBatches;
        pos.samples = (b + 1) * global;
        ++result.steps;
        // Every 10th step goes to metrics.jsonl whether or not anybody is watching. Step lines
        // of a data-parallel run are rank 0's own (its shard); epoch lines cover all ranks.
        const bool logged = pos.step % 10 == 0 && writes();
        if (!cb.onStep && !logged) continue;
        StepMetrics m;
        m.step = pos.step;
        m.stage = sr.index;
        m.stageName = st.name;
        m.epoch = epoch;
        m.batch = b;
        m.batches = batches;
        m.loss = lossValue;
        m.lr = lr;
        m.trainTop1 = double(t.top1) / t.seen;
        m.trainTop3 = double(t.top3) / t.seen;
        m.imagesPerSecond = double(n * world()) / since(stepStart);
        if (cb.onStep) cb.onStep(m);
        if (logged) appendRecord(toJson(m));
    }
    loader.cancel();  // a capped epoch leaves prefetched batches unused
    bank();
    return EpochEnd::Done;
}

}  // namespace taxa
