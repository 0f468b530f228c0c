#pragma once
/// @file Taxonomy.h
/// @brief The 7-rank tree (kingdom .. species) over a dataset's categories, with per-node counts
/// of species and images per split, supercategories and name look-up.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dataset/Dataset.h"

namespace taxa {

/// @brief Tree levels; Root is the single node above all kingdoms.
enum class Rank : uint8_t { Root, Kingdom, Phylum, Class, Order, Family, Genus, Species };
/// @brief Number of ranks including Root.
constexpr int kRankCount = 8;
static_assert(kRankCount == kAboveSpeciesRanks + 2, "Dataset::rankNames has one per rank");
/// @brief Lower-case English rank name ("kingdom", ..., "species"; "root").
const char* rankName(Rank r);

/// @brief One taxon.
struct TaxonNode {
    std::string name;
    Rank rank = Rank::Root;
    int32_t parent = -1;
    std::vector<int32_t> children;              ///< Sorted by name.
    int32_t species = 0;                        ///< Species (classes) at or below this node.
    std::array<int64_t, kSplitCount> images{};  ///< Labelled images per split; test only at root.
    int32_t classIndex = -1;                    ///< For species nodes, the contiguous class index.
};

/// @brief Immutable taxonomy built from a Dataset.
class Taxonomy {
  public:
    /// @brief Builds the tree. Ranks an iNaturalist file does not give (2017) become "Unknown
    /// <rank>", except the genus, which is taken from the first word of a binomial name. In other
    /// layouts (Dataset::fillMissingRanks false) a rank a category lacks is skipped: its next
    /// node hangs from the nearest rank above, so a tree of any depth keeps its shape.
    static Taxonomy build(const Dataset& ds);

    const TaxonNode& node(int32_t id) const { return nodes_[static_cast<size_t>(id)]; }
    int32_t size() const { return static_cast<int32_t>(nodes_.size()); }
    static constexpr int32_t root() { return 0; }

    /// @brief Species node of a class index.
    int32_t speciesNode(int32_t classIndex) const {
        return speciesNode_[static_cast<size_t>(classIndex)];
    }
    int32_t classCount() const { return static_cast<int32_t>(speciesNode_.size()); }

    /// @brief Nodes of any rank whose name matches case-insensitively.
    std::vector<int32_t> find(std::string_view name) const;
    /// @brief The node of rank @p r named @p name, or -1 (first match if the name is ambiguous).
    int32_t find(Rank r, std::string_view name) const;
    /// @brief The ancestor of @p node at rank @p r (the node itself if it has that rank), or -1.
    int32_t ancestor(int32_t node, Rank r) const;
    /// @brief Number of nodes at a rank.
    int32_t countAt(Rank r) const { return rankCounts_[static_cast<size_t>(r)]; }
    /// @brief True when some node has rank @p r (a flat dataset has only root and classes).
    bool hasRank(Rank r) const { return countAt(r) > 0; }
    /// @brief The dataset's name of a rank ("family", or "level 2" for folders of classes).
    const std::string& rankLabel(Rank r) const { return rankLabels_[static_cast<size_t>(r)]; }

    /// @brief Supercategory names, most species first (ties by name).
    const std::vector<std::string>& supercategories() const { return supercategories_; }
    /// @brief Index into supercategories() of a class.
    int32_t supercategoryOf(int32_t classIndex) const {
        return superOf_[static_cast<size_t>(classIndex)];
    }

  private:
    std::vector<TaxonNode> nodes_;
    std::vector<int32_t> speciesNode_;
    std::vector<std::string> supercategories_;
    std::vector<int32_t> superOf_;
    std::array<int32_t, kRankCount> rankCounts_{};
    std::array<std::string, kRankCount> rankLabels_;
    std::unordered_map<std::string, std::vector<int32_t>> byName_;  ///< Lower-cased keys.
};

}  // namespace taxa
