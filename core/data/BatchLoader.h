#pragma once
/// @file BatchLoader.h
/// @brief Batches of network inputs built on worker threads ahead of the training loop, so
/// that a GPU never waits on JPEG decoding. Bad images are skipped, counted and reported;
/// they never end an epoch.

#include <ATen/Tensor.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "data/Sampler.h"
#include "image/ImageError.h"
#include "image/Transform.h"

namespace taxa {

/// @brief One image to load: its file, label and id.
struct LoaderItem {
    std::string path;
    int32_t label = -1;
    int64_t id = -1;
};

/// @brief How batches are built.
struct BatchLoaderOptions {
    int batchSize = 32;
    int threads = 0;    ///< Worker threads; 0 = the number of cores.
    int prefetch = 0;   ///< Batches built ahead; 0 = 2 per worker.
    bool train = true;  ///< Random crops and jitter; else the eval transform.
    TransformConfig transform;
    uint64_t seed = 0;      ///< Augmentation randomness (per epoch and position).
    bool pinMemory = true;  ///< Page-locked batches when CUDA is available.
    /// Leave out a last, smaller batch, as training does: it makes a noisy step, and one of a
    /// single image cannot pass batch norm. Kept when it would be the only batch.
    bool dropLast = false;
};

/// @brief A batch: images N x 3 x C x C (float), labels N (int64).
struct Batch {
    at::Tensor images;
    at::Tensor labels;
    std::vector<int64_t> items;  ///< Positions in the loader's item list.
    int64_t index = 0;           ///< Batch number within the epoch.
    int64_t skipped = 0;         ///< Bad images left out of this batch.
};

/// @brief An image that could not be used, with why.
struct BadImage {
    int64_t id = -1;
    std::string path;
    BadImageKind kind = BadImageKind::Corrupt;
    std::string message;
};

class BatchLoader {
  public:
    BatchLoader(std::vector<LoaderItem> items, BatchLoaderOptions options);
    ~BatchLoader();
    BatchLoader(const BatchLoader&) = delete;
    BatchLoader& operator=(const BatchLoader&) = delete;

    /// @brief Starts an epoch over @p order (positions in the item list; the sampler's draws
    /// for training, 0..n-1 for evaluation), beginning at batch @p firstBatch. Entry k of the
    /// order is at place @p placeOffset + k * @p placeStride of the whole epoch, which seeds
    /// its augmentation: a rank's shard of a data-parallel epoch gets the crops one process
    /// would give the same images.
    void startEpoch(std::vector<int64_t> order, int64_t epoch, int64_t firstBatch = 0,
                    int64_t placeOffset = 0, int64_t placeStride = 1);
    /// @brief Draws sampler.epochLength() items from @p sampler and starts an epoch with them.
    void startEpoch(Sampler& sampler, int64_t firstBatch = 0);
    /// @brief The next batch in order; blocks until it is ready. Empty at the end of the epoch
    /// or after cancel().
    std::optional<Batch> next();
    /// @brief Stops the workers within one image; next() then returns empty.
    void cancel();

    int64_t batchesInEpoch() const { return batchCount_; }
    const std::vector<LoaderItem>& items() const { return items_; }
    /// @brief Distinct bad images seen so far.
    std::vector<BadImage> badImages() const;
    /// @brief Distinct bad images of the current epoch so far.
    std::vector<BadImage> badImagesThisEpoch() const;
    /// @brief Bad images left out of the current epoch so far (batches made only of bad
    /// images are skipped whole and counted here).
    int64_t skippedInEpoch() const { return skippedInEpoch_; }
    /// @brief Seconds next() spent waiting for workers since construction.
    double waitSeconds() const { return waitSeconds_; }

  private:
    void stopWorkers();
    void work();
    Batch build(int64_t batch);

    std::vector<LoaderItem> items_;
    BatchLoaderOptions options_;
    std::vector<int64_t> order_;
    int64_t epoch_ = 0;
    int64_t placeOffset_ = 0, placeStride_ = 1;
    int64_t batchCount_ = 0;
    int64_t nextToBuild_ = 0;  // guarded by mutex_
    int64_t nextToHand_ = 0;   // guarded by mutex_
    bool pin_ = false;

    mutable std::mutex mutex_;
    std::condition_variable ready_, space_;
    std::map<int64_t, Batch> done_;
    std::map<int64_t, BadImage> bad_;       // by item position
    std::map<int64_t, BadImage> epochBad_;  // the same, this epoch
    std::atomic<bool> cancelled_{false};
    bool stopping_ = false;
    std::vector<std::thread> workers_;
    double waitSeconds_ = 0;
    int64_t skippedInEpoch_ = 0;
};

}  // namespace taxa
