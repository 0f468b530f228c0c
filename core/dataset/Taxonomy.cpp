#include "dataset/Taxonomy.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace taxa {

const char* rankName(Rank r) {
    static const char* names[kRankCount] = {"root",  "kingdom", "phylum", "class",
                                            "order", "family",  "genus",  "species"};
    return names[static_cast<size_t>(r)];
}

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The node name of rank slot r (0 = kingdom), or "" to skip the rank.
std::string nodeName(const Category& c, int r, bool fillMissing) {
    const std::string& given = c.ranks[static_cast<size_t>(r)];
    if (!given.empty() || !fillMissing) return given;
    if (r == kAboveSpeciesRanks - 1) {  // genus of a binomial "Genus epithet"
        const auto space = c.name.find(' ');
        if (space != std::string::npos && space > 0) return c.name.substr(0, space);
    }
    std::string label = "Unknown ";
    label += rankName(static_cast<Rank>(r + 1));
    return label;
}

}  // namespace

Taxonomy Taxonomy::build(const Dataset& ds) {
    Taxonomy t;
    t.nodes_.push_back(TaxonNode{"Life", Rank::Root, -1, {}, 0, {}, -1});
    const auto classes = static_cast<int32_t>(ds.categories.size());
    t.speciesNode_.resize(static_cast<size_t>(classes));

    // Child look-up while building: key is parent id and child name.
    std::unordered_map<std::string, int32_t> childOf;
    childOf.reserve(ds.categories.size() * 3);
    auto child = [&](int32_t parent, const std::string& name, Rank rank) {
        std::string key = std::to_string(parent);
        key += '\x1f';
        key += name;
        auto [it, inserted] =
            childOf.emplace(std::move(key), static_cast<int32_t>(t.nodes_.size()));
        if (inserted) {
            TaxonNode n;
            n.name = name;
            n.rank = rank;
            n.parent = parent;
            t.nodes_.push_back(std::move(n));
            t.nodes_[static_cast<size_t>(parent)].children.push_back(it->second);
        }
        return it->second;
    };

    const std::array<std::vector<int64_t>, kSplitCount> counts = ds.classCountsBySplit();

    std::map<std::string, int32_t> superSpecies;
    for (int32_t c = 0; c < classes; ++c) {
        const Category& cat = ds.categories[static_cast<size_t>(c)];
        int32_t at = 0;
        for (int r = 0; r < kAboveSpeciesRanks; ++r) {
            const std::string label = nodeName(cat, r, ds.fillMissingRanks);
            if (!label.empty()) at = child(at, label, Rank(r + 1));
        }
        // Species are keyed by class, not name, so two categories never merge into one node.
        TaxonNode leaf;
        leaf.name = cat.name;
        leaf.rank = Rank::Species;
        leaf.parent = at;
        leaf.classIndex = c;
        const auto id = static_cast<int32_t>(t.nodes_.size());
        t.nodes_.push_back(std::move(leaf));
        t.nodes_[static_cast<size_t>(at)].children.push_back(id);
        t.speciesNode_[static_cast<size_t>(c)] = id;
        ++superSpecies[cat.supercategory];
        for (int32_t n = id; n >= 0; n = t.nodes_[static_cast<size_t>(n)].parent) {
            TaxonNode& node = t.nodes_[static_cast<size_t>(n)];
            ++node.species;
            for (int s = 0; s < kSplitCount; ++s)
                node.images[static_cast<size_t>(s)] +=
                    counts[static_cast<size_t>(s)][static_cast<size_t>(c)];
        }
    }
    // Test images carry no labels, so they are only counted for the whole tree.
    t.nodes_[0].images[static_cast<size_t>(Split::Test)] = ds.imageCount(Split::Test);

    for (auto& n : t.nodes_) {
        std::sort(n.children.begin(), n.children.end(), [&](int32_t a, int32_t b) {
            return t.nodes_[static_cast<size_t>(a)].name < t.nodes_[static_cast<size_t>(b)].name;
        });
    }
    for (int r = 0; r < kRankCount; ++r) {
        const std::string& given = ds.rankNames[static_cast<size_t>(r)];
        t.rankLabels_[static_cast<size_t>(r)] = given.empty() ? rankName(Rank(r)) : given;
    }
    for (size_t i = 0; i < t.nodes_.size(); ++i) {
        ++t.rankCounts_[static_cast<size_t>(t.nodes_[i].rank)];
        t.byName_[lower(t.nodes_[i].name)].push_back(static_cast<int32_t>(i));
    }

    std::vector<std::pair<std::string, int32_t>> supers(superSpecies.begin(), superSpecies.end());
    std::stable_sort(supers.begin(), supers.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::map<std::string, int32_t> superIndex;
    for (const auto& [name, n] : supers) {
        superIndex[name] = static_cast<int32_t>(t.supercategories_.size());
        t.supercategories_.push_back(name);
    }
    t.superOf_.resize(static_cast<size_t>(classes));
    for (int32_t c = 0; c < classes; ++c)
        t.superOf_[static_cast<size_t>(c)] =
            superIndex[ds.categories[static_cast<size_t>(c)].supercategory];
    return t;
}

std::vector<int32_t> Taxonomy::find(std::string_view name) const {
    auto it = byName_.find(lower(name));
    return it == byName_.end() ? std::vector<int32_t>{} : it->second;
}

int32_t Taxonomy::find(Rank r, std::string_view name) const {
    for (int32_t id : find(name))
        if (node(id).rank == r) return id;
    return -1;
}

int32_t Taxonomy::ancestor(int32_t id, Rank r) const {
    for (int32_t n = id; n >= 0; n = node(n).parent)
        if (node(n).rank == r) return n;
    return -1;
}

}  // namespace taxa
