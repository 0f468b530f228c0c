#pragma once
/// @file TaxonomyRows.h
/// @brief The rows a taxonomy view shows, in one of two shapes: the 7-rank tree, or
/// supercategory -> species. Owned by TaxonomyModel; read by its filter proxy.

#include <cstdint>
#include <string_view>
#include <vector>

#include "state/LoadedDataset.h"

/// @brief Row rank of a supercategory row; the taxonomy's ranks use taxa::Rank values.
constexpr uint8_t kSupercategoryRank = taxa::kRankCount;

/// @brief Flat row table of one view shape. Row 0 is the invisible root; a row's parent always
/// comes before it, so one forward pass visits parents first and a backward pass children first.
struct TaxonomyRows {
    /// @brief The two shapes the tree can take.
    enum class Mode { RankTree, Supercategories };

    /// @brief One row of the view.
    struct Row {
        int32_t parent = -1;         ///< Row id, -1 for the root.
        int32_t rowInParent = 0;     ///< Position among the parent's children.
        int32_t taxon = -1;          ///< Taxonomy node, -1 for a supercategory row or flat root.
        int32_t supercategory = -1;  ///< Index into Taxonomy::supercategories() for those rows.
        uint8_t rank = 0;            ///< taxa::Rank value, or kSupercategoryRank.
        int32_t species = 0;         ///< Species at or below the row.
        int64_t train = 0;           ///< Train images at or below the row.
        int64_t val = 0;             ///< Val images at or below the row.
        std::string_view name;       ///< Points into the dataset's taxonomy.
        std::vector<int32_t> children;
    };

    Mode mode = Mode::RankTree;
    std::vector<Row> rows;
    std::vector<int32_t> rowOfTaxon;          ///< Taxonomy node -> row, -1 if not shown.
    std::vector<int32_t> rowOfSupercategory;  ///< Supercategory -> row, -1 if not shown.

    /// @brief Builds the rows of @p mode; an empty table (root only) when @p data is null.
    static TaxonomyRows build(const LoadedDataset* data, Mode mode);
    /// @brief Lower-cased name of a row, for matching.
    static std::string_view lowerName(const LoadedDataset& data, const Row& row);
};
