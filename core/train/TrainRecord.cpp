// What a run records: the end of an epoch (sums over the ranks, the sharded evaluation, the
// metrics line, the checkpoint), bad images by name, checkpoints with their run position.

#include <cstdio>
#include <filesystem>
#include <numeric>
#include <sstream>

#include "train/TrainerState.h"
#include "util/Error.h"
#include "util/JsonFields.h"
#include "util/JsonText.h"
#include "util/Tsv.h"

namespace taxa {

namespace fs = std::filesystem;

nlohmann::json EpochTally::toJson() const {
    return {{"loss_sum", lossSum},
            {"loss_batches", lossBatches},
            {"seen", seen},
            {"top1", top1},
            {"top3", top3},
            {"seconds", seconds},
            {"wait_seconds", waitSeconds},
            {"comm_seconds", commSeconds},
            {"grad_wait_seconds", gradWaitSeconds}};
}

EpochTally EpochTally::fromJson(const nlohmann::json& j, const std::string& label) {
    // Checked reads: the tally comes from a checkpoint, which may come from anywhere.
    namespace jf = jsonfields;
    if (!j.is_object()) throw Error(label + ": the epoch tally is not an object");
    EpochTally t;
    jf::read(j, "loss_sum", t.lossSum, label);
    jf::read(j, "loss_batches", t.lossBatches, label);
    jf::read(j, "seen", t.seen, label);
    jf::read(j, "top1", t.top1, label);
    jf::read(j, "top3", t.top3, label);
    jf::read(j, "seconds", t.seconds, label);
    jf::read(j, "wait_seconds", t.waitSeconds, label);
    jf::read(j, "comm_seconds", t.commSeconds, label);
    jf::read(j, "grad_wait_seconds", t.gradWaitSeconds, label);
    return t;
}

void Trainer::State::appendRecord(const nlohmann::json& record) const {
    if (writes()) appendMetrics(dir, metricsLine(record));
}

std::pair<double, double> Trainer::State::evaluate(const std::vector<LoaderItem>& items,
                                                   int globalEpoch, int64_t& badImages,
                                                   const TrainCallbacks& cb) {
    syncBuffers();                 // every rank evaluates rank 0's model
    std::vector<LoaderItem> mine;  // every world-th image from the rank's own
    for (size_t i = size_t(rank()); i < items.size(); i += size_t(world()))
        mine.push_back(items[i]);
    int64_t top1 = 0, top3 = 0, n = 0;
    std::vector<BadImage> bad;
    if (!mine.empty()) {
        BatchLoaderOptions o;
        o.train = false;
        o.batchSize = cfg.batchSize;
        o.threads = loaderThreads();
        o.transform.crop = cfg.crop;
        o.transform.resize = cfg.resize;
        BatchLoader loader(mine, o);
        std::vector<int64_t> order(mine.size());
        std::iota(order.begin(), order.end(), 0);
        loader.startEpoch(order, 0);
        model->eval();
        torch::NoGradGuard noGrad;
        while (auto batch = loader.next()) {
            const torch::Tensor logits = model->forward(batch->images.to(device));
            const torch::Tensor labels = batch->labels.to(device);
            const int64_t k = std::min<int64_t>(3, logits.size(1));
            const torch::Tensor match = std::get<1>(logits.topk(k, 1)).eq(labels.unsqueeze(1));
            top1 += match.select(1, 0).sum().item<int64_t>();
            top3 += match.any(1).sum().item<int64_t>();
            n += labels.size(0);
        }
        bad = loader.badImages();
    }
    recordBadImages(bad, "val", globalEpoch, &cb, badImages);
    const auto sums = sumOverRanks({double(top1), double(top3), double(n)});
    return {sums[2] ? sums[0] / sums[2] : 0, sums[2] ? sums[1] / sums[2] : 0};
}

void Trainer::State::recordBadImages(const std::vector<BadImage>& bad, const char* split,
                                     int globalEpoch, const TrainCallbacks* cb, int64_t& total) {
    std::ostringstream lines;  // each rank's own, gathered by rank 0
    for (const BadImage& b : bad)
        lines << b.id << '\t' << badImageKindName(b.kind) << '\t' << escapeTsvField(b.path) << '\t'
              << escapeTsvField(b.message) << '\n';
    std::vector<std::string> texts{lines.str()};
    if (comm)
        texts = comm->gatherText("bad/" + std::string(split) + "/" + std::to_string(globalEpoch),
                                 texts[0]);
    std::vector<BadImageRecord> records;
    for (const std::string& text : texts) {
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);) {
            BadImageRecord r;
            r.split = split;
            r.epoch = globalEpoch;
            std::istringstream fields(line);
            std::string id;
            std::getline(fields, id, '\t');
            std::getline(fields, r.kind, '\t');
            std::getline(fields, r.path, '\t');
            std::getline(fields, r.message);
            r.path = unescapeTsvField(r.path);
            r.message = unescapeTsvField(r.message);
            r.id = std::atoll(id.c_str());
            records.push_back(std::move(r));
        }
    }
    total = static_cast<int64_t>(records.size());
    if (records.empty() || !writes()) return;
    appendBadImages(dir, records);
    if (cb)
        log(*cb, std::to_string(records.size()) + " " + split + " image" +
                     (records.size() == 1 ? "" : "s") + " could not be used in epoch " +
                     std::to_string(globalEpoch) + " (first: " + records[0].path + ": " +
                     records[0].message + "); all in " + run().badImages());
}

EpochMetrics Trainer::State::finishEpoch(StageRun& sr, int epoch, double lr,
                                         const TrainCallbacks& cb) {
    const EpochTally& t = pos.tally;
    const auto sums = sumOverRanks(
        {t.lossSum, double(t.lossBatches), double(t.seen), double(t.top1), double(t.top3)});
    EpochMetrics em;
    em.stage = sr.index;
    em.stageName = sr.config->name;
    em.epoch = epoch;
    em.globalEpoch = sr.epochsBefore + epoch + 1;
    em.totalEpochs = cfg.totalEpochs();
    em.step = pos.step;
    em.loss = sums[1] > 0 ? sums[0] / sums[1] : 0;
    em.lr = lr;
    em.trainTop1 = sums[2] > 0 ? sums[3] / sums[2] : 0;
    em.trainTop3 = sums[2] > 0 ? sums[4] / sums[2] : 0;
    em.seconds = t.seconds;
    em.imagesPerSecond = t.seconds > 0 ? sums[2] / t.seconds : 0;
    em.dataWaitShare = t.seconds > 0 ? t.waitSeconds / t.seconds : 0;
    recordBadImages(sr.loader->badImagesThisEpoch(), "train", em.globalEpoch, &cb, em.badImages);
    std::tie(em.valTop1, em.valTop3) = evaluate(*sr.evalItems, em.globalEpoch, em.valBadImages, cb);
    em.evalSet = sr.onVal ? "minival" : "val";
    nlohmann::json record = toJson(em);
    std::string commLog;
    if (comm && t.seconds > 0) {
        // Rank 0's own clock: waiting on the others, gradients and agreement alike.
        const double share = t.commSeconds / t.seconds, grad = t.gradWaitSeconds / t.seconds;
        record["comm_share"] = share;
        record["grad_wait_share"] = grad;
        char text[96];
        std::snprintf(text, sizeof text, "; communicating %.1f%% of the time (gradients %.1f%%)",
                      100 * share, 100 * grad);
        commLog = text;
    }
    appendRecord(record);
    // The next thing to do is the next epoch; its sampler state is the current one.
    pos.epoch = epoch + 1;
    pos.samples = 0;
    pos.tally = {};
    pos.samplerState = sr.sampler->saveState();
    const bool best = em.valTop1 > pos.bestTop1;
    if (best) pos.bestTop1 = em.valTop1;
    if (writes()) saveCheckpoint(run().epochCheckpoint(em.globalEpoch), &em, best);
    log(cb, "Epoch " + std::to_string(em.globalEpoch) + "/" + std::to_string(em.totalEpochs) +
                ": loss " + std::to_string(em.loss) + ", " + em.evalSet + " top-1 " +
                std::to_string(em.valTop1) + ", top-3 " + std::to_string(em.valTop3) + commLog);
    return em;
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
                     {"samples", pos.samples},
                     {"best_top1", pos.bestTop1},
                     {"tally", pos.tally.toJson()}};
    m.metrics = jsonText(j);
    m.samplerState = pos.samplerState;
    return m;
}

void Trainer::State::saveCheckpoint(const std::string& path, const EpochMetrics* metrics,
                                    bool best) {
    taxa::saveCheckpoint(path, *model, optimizer.get(), meta(metrics));
    // last.pt (and best.pt) name the same bytes: hard links avoid writing the weights again.
    auto alias = [&](const std::string& target) {
        if (target == path) return;
        const std::string tmp = target + ".tmp";
        std::error_code ec;
        fs::remove(tmp, ec);
        fs::create_hard_link(path, tmp, ec);
        if (ec) fs::copy_file(path, tmp, fs::copy_options::overwrite_existing, ec);
        if (!ec) fs::rename(tmp, target, ec);
        if (ec) throw Error(target + ": cannot update: " + ec.message());
    };
    alias(run().lastCheckpoint());
    if (best) alias(run().bestCheckpoint());
}

}  // namespace taxa
