#pragma once
/// @file ConfusionIndex.h
/// @brief The sparse confusion matrix of a split, ordered by the taxonomy and aggregated at any
/// level from supercategory down to species, for a browser that zooms into one block at a time.
///
/// Only top-1 errors are counted (truth != prediction), so at species level the diagonal is
/// empty and at coarser levels a diagonal cell holds the confusions inside one taxon. Classes are
/// ordered supercategory by supercategory, and within one by a depth-first walk of the tree
/// (children by name), so every taxon at every level is one contiguous run of classes.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "dataset/Taxonomy.h"
#include "eval/Analysis.h"

namespace taxa {

/// @brief Zoom levels, coarse to fine.
enum class ConfusionLevel : uint8_t { Supercategory, Phylum, Class, Order, Family, Genus, Species };
/// @brief Number of levels.
constexpr int kConfusionLevels = 7;
/// @brief Lower-case English name of a level ("supercategory", "phylum", ..., "species").
const char* confusionLevelName(ConfusionLevel level);

/// @brief A taxon at one level: a contiguous run [first, last) of positions in the class order.
struct ConfusionGroup {
    int32_t first = 0, last = 0;
    int32_t node = -1;          ///< Taxon node; -1 for a supercategory.
    int32_t supercategory = 0;  ///< Index into Taxonomy::supercategories().
};

/// @brief Restricts one axis to the classes of one group; level < 0 means all classes.
struct ConfusionFocus {
    int level = -1;
    int32_t group = -1;
    bool operator==(const ConfusionFocus& o) const { return level == o.level && group == o.group; }
};

/// @brief A non-empty cell of a slice: indices into ConfusionSlice::rows / cols.
struct ConfusionCell {
    int32_t row = 0, col = 0;
    int64_t count = 0;  ///< Val images of the row's taxon predicted (top-1) as the column's.
};

/// @brief What one view of the matrix shows.
struct ConfusionSlice {
    ConfusionLevel level = ConfusionLevel::Supercategory;
    std::vector<int32_t> rows;         ///< True taxa: group indices at level, taxonomy order.
    std::vector<int32_t> cols;         ///< Predicted taxa, likewise.
    std::vector<ConfusionCell> cells;  ///< Row-major, each (row, col) once.
    int64_t maxCount = 0;
    int64_t total = 0;  ///< Sum of the cells.
};

/// @brief The errors of one analysis, indexed for slicing.
class ConfusionIndex {
  public:
    /// @brief Builds from the report's directed error counts (ConfusedPair::aAsB, bAsA).
    static ConfusionIndex build(const Taxonomy& tax, const std::vector<ConfusedPair>& pairs);

    /// @brief Class indices in taxonomy order.
    const std::vector<int32_t>& order() const { return order_; }
    /// @brief Position of a class in order().
    int32_t position(int32_t cls) const { return position_[size_t(cls)]; }
    const std::vector<ConfusionGroup>& groups(ConfusionLevel level) const {
        return groups_[size_t(level)];
    }
    /// @brief Group at @p level holding class @p cls.
    int32_t groupOf(ConfusionLevel level, int32_t cls) const {
        return groupOf_[size_t(level)][size_t(cls)];
    }
    /// @brief Name of a group: the supercategory, taxon or species name.
    std::string groupName(const Taxonomy& tax, ConfusionLevel level, int32_t group) const;
    /// @brief Number of distinct (truth, prediction) species pairs with errors.
    size_t entries() const { return entries_.size(); }

    /// @brief The matrix at @p level over the classes in @p rows (truth) and @p cols
    /// (prediction). Rows and columns are the groups with at least one error in the slice; when
    /// both foci are the same, both axes list the union, so that the diagonal stays a diagonal.
    ConfusionSlice slice(ConfusionLevel level, ConfusionFocus rows = {},
                         ConfusionFocus cols = {}) const;

  private:
    struct Entry {
        int32_t truth = 0, predicted = 0;  ///< Class indices.
        int64_t count = 0;
    };
    bool inFocus(const ConfusionFocus& f, int32_t cls) const;

    std::vector<int32_t> order_, position_;
    std::array<std::vector<ConfusionGroup>, kConfusionLevels> groups_;
    std::array<std::vector<int32_t>, kConfusionLevels> groupOf_;
    std::vector<Entry> entries_;  ///< By (position of truth, position of prediction).
};

}  // namespace taxa
