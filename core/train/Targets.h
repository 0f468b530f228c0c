#pragma once
/// @file Targets.h
/// @brief Soft training targets: plain one-hot, label smoothing (1 - eps on the truth, eps
/// spread over the other classes) and taxonomy-aware smoothing (eps only to species of the
/// same genus, then family), as the 2018 runner-up used.

#include <cstdint>
#include <utility>
#include <vector>

#include "dataset/Taxonomy.h"

namespace taxa {

/// @brief A sparse target row: (class, probability) pairs summing to 1.
using TargetRow = std::vector<std::pair<int32_t, float>>;

/// @brief Per-class soft targets.
class SoftTargets {
  public:
    /// @brief One-hot targets (uniform smoothing with eps = 0; stored implicitly).
    static SoftTargets oneHot(int32_t classes);
    /// @brief 1 - eps on the truth and eps / (K - 1) on every other class; stored implicitly.
    static SoftTargets uniform(int32_t classes, double eps);
    /// @brief eps split between congeners (genusShare of it) and the other species of the
    /// family (the rest), each part spread evenly. A part with nobody to go to moves up: a
    /// species alone in its genus gives the genus part to the family; alone in its family, it
    /// gives the family part to its order; alone in its order, it keeps everything (one-hot).
    static SoftTargets taxonomy(const Taxonomy& tax, double eps, double genusShare);

    int32_t classes() const { return classes_; }
    /// @brief True for one-hot and uniform smoothing, whose rows are implicit (not stored).
    bool isUniform() const { return uniform_; }
    double eps() const { return eps_; }
    /// @brief The sparse row of a class (taxonomy-aware targets only).
    const TargetRow& row(int32_t c) const { return rows_[static_cast<size_t>(c)]; }
    /// @brief The full probability vector of a class (tests and small K).
    std::vector<float> dense(int32_t c) const;

  private:
    int32_t classes_ = 0;
    bool uniform_ = false;
    double eps_ = 0;
    std::vector<TargetRow> rows_;
};

}  // namespace taxa
