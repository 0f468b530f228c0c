#pragma once
/// @file LookAlikes.h
/// @brief A feature store matched to a dataset: for a val image, the training images it
/// resembles most, of one class or of any.

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "dataset/Dataset.h"
#include "eval/FeatureStore.h"
#include "eval/NearestNeighbours.h"

namespace taxa {

/// @brief A training image and its cosine similarity to the query image.
struct LookAlike {
    int32_t image = 0;  ///< Index into Dataset::images.
    float similarity = 0;
};

class LookAlikeIndex {
  public:
    /// @brief Matches @p store's rows to @p ds's images by id and split; rows of images the
    /// dataset does not have are left out.
    LookAlikeIndex(FeatureStore store, const Dataset& ds);

    /// @brief Whether @p image (index into Dataset::images) has features.
    bool has(int32_t image) const { return rowOfImage_.count(image) > 0; }
    /// @brief Rows matched to the dataset.
    size_t matched() const { return rowOfImage_.size(); }
    /// @brief The @p k training images most like @p image, of class @p classIndex (-1: any),
    /// most similar first; empty when @p image has no features.
    std::vector<LookAlike> nearestTraining(int32_t image, int32_t classIndex, size_t k) const;
    const FeatureStore& store() const { return store_; }

  private:
    FeatureStore store_;
    std::vector<int32_t> imageOfRow_;
    std::unordered_map<int32_t, uint32_t> rowOfImage_;
    std::vector<uint32_t> trainRows_;
    std::vector<std::vector<uint32_t>> trainRowsOfClass_;
};

}  // namespace taxa
