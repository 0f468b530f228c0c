#include "data/BatchLoader.h"

#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <opencv2/core.hpp>

#include "util/Error.h"

namespace taxa {

namespace {

uint64_t imageSeed(uint64_t seed, int64_t epoch, int64_t position) {
    uint64_t x = seed ^ (static_cast<uint64_t>(epoch) * 0xD1B54A32D192ED03ull) ^
                 (static_cast<uint64_t>(position) * 0x9E3779B97F4A7C15ull);
    return Rng::splitmix(x);
}

// Reads a whole file into a reused buffer; false if it cannot be opened.
bool readInto(const std::string& path, std::vector<uint8_t>& buf) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    buf.clear();
    uint8_t chunk[65536];
    size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0)
        buf.insert(buf.end(), chunk, chunk + n);
    std::fclose(f);
    return true;
}

}  // namespace

BatchLoader::BatchLoader(std::vector<LoaderItem> items, BatchLoaderOptions options)
    : items_(std::move(items)), options_(std::move(options)) {
    if (options_.batchSize <= 0) throw Error("batch size must be positive");
    if (options_.threads <= 0) options_.threads = std::max(1u, std::thread::hardware_concurrency());
    if (options_.prefetch <= 0) options_.prefetch = 2 * options_.threads;
    pin_ = options_.pinMemory && torch::cuda::is_available();
    // Workers are the parallelism; OpenCV's own thread pool would only oversubscribe the cores.
    cv::setNumThreads(0);
}

BatchLoader::~BatchLoader() {
    stopWorkers();
}

void BatchLoader::stopWorkers() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    ready_.notify_all();
    space_.notify_all();
    for (auto& t : workers_)
        t.join();
    workers_.clear();
}

void BatchLoader::startEpoch(std::vector<int64_t> order, int64_t epoch, int64_t firstBatch,
                             int64_t placeOffset, int64_t placeStride) {
    stopWorkers();
    for (int64_t i : order)
        if (i < 0 || i >= static_cast<int64_t>(items_.size()))
            throw Error("loader: item out of range");
    order_ = std::move(order);
    epoch_ = epoch;
    placeOffset_ = placeOffset;
    placeStride_ = placeStride;
    const auto n = static_cast<int64_t>(order_.size());
    batchCount_ = options_.dropLast && n >= options_.batchSize
                      ? n / options_.batchSize
                      : (n + options_.batchSize - 1) / options_.batchSize;
    done_.clear();
    epochBad_.clear();
    skippedInEpoch_ = 0;
    nextToBuild_ = nextToHand_ = std::clamp<int64_t>(firstBatch, 0, batchCount_);
    stopping_ = false;
    cancelled_ = false;
    for (int t = 0; t < options_.threads; ++t)
        workers_.emplace_back([this] { work(); });
}

void BatchLoader::startEpoch(Sampler& sampler, int64_t firstBatch) {
    const int64_t epoch =
        sampler.position() >= sampler.epochLength() ? sampler.epoch() + 1 : sampler.epoch();
    std::vector<int64_t> order;
    order.reserve(static_cast<size_t>(sampler.epochLength()));
    for (int64_t i = 0; i < sampler.epochLength(); ++i)
        order.push_back(sampler.next());
    startEpoch(std::move(order), epoch, firstBatch);
}

void BatchLoader::work() {
    for (;;) {
        int64_t b;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            // Stay at most `prefetch` batches ahead of the consumer.
            space_.wait(lock, [&] {
                return stopping_ || nextToBuild_ >= batchCount_ ||
                       nextToBuild_ < nextToHand_ + options_.prefetch;
            });
            if (stopping_ || nextToBuild_ >= batchCount_) return;
            b = nextToBuild_++;
        }
        Batch batch = build(b);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (stopping_) return;
            done_.emplace(b, std::move(batch));
        }
        ready_.notify_all();
    }
}

Batch BatchLoader::build(int64_t b) {
    const int64_t first = b * options_.batchSize;
    const int64_t n =
        std::min<int64_t>(options_.batchSize, static_cast<int64_t>(order_.size()) - first);
    const TransformConfig& cfg = options_.transform;
    const int64_t c = cfg.crop;
    Batch batch;
    batch.index = b;
    batch.images = torch::empty({n, 3, c, c},
                                torch::TensorOptions().dtype(torch::kFloat32).pinned_memory(pin_));
    std::vector<int64_t> labels;
    float* out = batch.images.data_ptr<float>();
    thread_local std::vector<uint8_t> bytes;
    int64_t kept = 0;
    for (int64_t k = 0; k < n && !cancelled_; ++k) {
        const int64_t position = first + k;
        const int64_t item = order_[static_cast<size_t>(position)];
        const LoaderItem& it = items_[static_cast<size_t>(item)];
        float* dst = out + kept * static_cast<int64_t>(cfg.outputSize());
        try {
            if (!readInto(it.path, bytes))
                throw ImageError(BadImageKind::Missing, "cannot open " + it.path);
            if (options_.train) {
                Rng rng(imageSeed(options_.seed, epoch_, placeOffset_ + position * placeStride_));
                trainTransform(bytes.data(), bytes.size(), cfg, rng, dst);
            } else {
                evalTransform(bytes.data(), bytes.size(), cfg, dst);
            }
        } catch (const ImageError& e) {
            std::lock_guard<std::mutex> lock(mutex_);
            bad_.emplace(item, BadImage{it.id, it.path, e.kind(), e.what()});
            epochBad_.emplace(item, BadImage{it.id, it.path, e.kind(), e.what()});
            ++batch.skipped;
            continue;
        }
        labels.push_back(it.label);
        batch.items.push_back(item);
        ++kept;
    }
    if (kept < n) batch.images = batch.images.narrow(0, 0, kept);
    batch.labels = torch::tensor(labels, torch::kInt64);
    return batch;
}

std::optional<Batch> BatchLoader::next() {
    const auto t0 = std::chrono::steady_clock::now();
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        if (cancelled_ || nextToHand_ >= batchCount_) return std::nullopt;
        ready_.wait(lock, [&] { return cancelled_ || stopping_ || done_.count(nextToHand_) > 0; });
        if (cancelled_ || stopping_) return std::nullopt;
        Batch batch = std::move(done_.at(nextToHand_));
        done_.erase(nextToHand_);
        ++nextToHand_;
        space_.notify_all();
        waitSeconds_ +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        skippedInEpoch_ += batch.skipped;
        if (batch.items.empty()) continue;  // every image of this batch was bad
        return batch;
    }
}

void BatchLoader::cancel() {
    cancelled_ = true;
    ready_.notify_all();
    space_.notify_all();
}

std::vector<BadImage> BatchLoader::badImagesThisEpoch() const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<BadImage> out;
    for (const auto& [item, bad] : epochBad_)
        out.push_back(bad);
    return out;
}

std::vector<BadImage> BatchLoader::badImages() const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<BadImage> out;
    for (const auto& [item, bad] : bad_)
        out.push_back(bad);
    return out;
}

}  // namespace taxa
