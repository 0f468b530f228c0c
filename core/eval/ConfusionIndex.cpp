#include "eval/ConfusionIndex.h"

#include <algorithm>
#include <utility>

namespace taxa {

const char* confusionLevelName(ConfusionLevel level) {
    static const char* names[kConfusionLevels] = {"supercategory", "phylum", "class",  "order",
                                                  "family",        "genus",  "species"};
    return names[size_t(level)];
}

namespace {

// Depth-first position of every species node, children in the tree's (name) order.
std::vector<int32_t> depthFirstPositions(const Taxonomy& tax) {
    std::vector<int32_t> out(size_t(tax.classCount()), 0);
    std::vector<int32_t> stack{Taxonomy::root()};
    int32_t next = 0;
    while (!stack.empty()) {
        const TaxonNode& n = tax.node(stack.back());
        stack.pop_back();
        if (n.classIndex >= 0) out[size_t(n.classIndex)] = next++;
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
            stack.push_back(*it);
    }
    return out;
}

// The taxon node a class belongs to at a level (its species node at species level).
int32_t nodeAt(const Taxonomy& tax, ConfusionLevel level, int32_t cls) {
    const int32_t species = tax.speciesNode(cls);
    if (level == ConfusionLevel::Supercategory) return -1;
    if (level == ConfusionLevel::Species) return species;
    // Phylum .. Genus line up with Rank::Phylum .. Rank::Genus.
    return tax.ancestor(species, Rank(int(Rank::Phylum) + int(level) - 1));
}

}  // namespace

ConfusionIndex ConfusionIndex::build(const Taxonomy& tax, const std::vector<ConfusedPair>& pairs) {
    ConfusionIndex x;
    const auto classes = size_t(tax.classCount());
    const std::vector<int32_t> dfs = depthFirstPositions(tax);
    // Supercategories in the order of their first species in the tree.
    std::vector<int32_t> superFirst(tax.supercategories().size(), INT32_MAX);
    for (size_t c = 0; c < classes; ++c) {
        int32_t& first = superFirst[size_t(tax.supercategoryOf(int32_t(c)))];
        first = std::min(first, dfs[c]);
    }
    x.order_.resize(classes);
    for (size_t c = 0; c < classes; ++c)
        x.order_[c] = int32_t(c);
    std::sort(x.order_.begin(), x.order_.end(), [&](int32_t a, int32_t b) {
        return std::make_pair(superFirst[size_t(tax.supercategoryOf(a))], dfs[size_t(a)]) <
               std::make_pair(superFirst[size_t(tax.supercategoryOf(b))], dfs[size_t(b)]);
    });
    x.position_.resize(classes);
    for (size_t i = 0; i < classes; ++i)
        x.position_[size_t(x.order_[i])] = int32_t(i);

    for (int l = 0; l < kConfusionLevels; ++l) {
        const auto level = ConfusionLevel(l);
        auto& groups = x.groups_[size_t(l)];
        auto& groupOf = x.groupOf_[size_t(l)];
        groupOf.resize(classes);
        for (size_t i = 0; i < classes; ++i) {
            const int32_t c = x.order_[i];
            const int32_t super = tax.supercategoryOf(c), node = nodeAt(tax, level, c);
            if (groups.empty() || groups.back().supercategory != super ||
                groups.back().node != node)
                groups.push_back({int32_t(i), int32_t(i), node, super});
            groups.back().last = int32_t(i) + 1;
            groupOf[size_t(c)] = int32_t(groups.size()) - 1;
        }
    }

    for (const ConfusedPair& p : pairs) {
        if (p.aAsB > 0) x.entries_.push_back({p.a, p.b, p.aAsB});
        if (p.bAsA > 0) x.entries_.push_back({p.b, p.a, p.bAsA});
    }
    std::sort(x.entries_.begin(), x.entries_.end(), [&](const Entry& a, const Entry& b) {
        return std::make_pair(x.position(a.truth), x.position(a.predicted)) <
               std::make_pair(x.position(b.truth), x.position(b.predicted));
    });
    return x;
}

std::string ConfusionIndex::groupName(const Taxonomy& tax, ConfusionLevel level,
                                      int32_t group) const {
    const ConfusionGroup& g = groups(level)[size_t(group)];
    return g.node < 0 ? tax.supercategories()[size_t(g.supercategory)] : tax.node(g.node).name;
}

bool ConfusionIndex::inFocus(const ConfusionFocus& f, int32_t cls) const {
    return f.level < 0 || groupOf(ConfusionLevel(f.level), cls) == f.group;
}

ConfusionSlice ConfusionIndex::slice(ConfusionLevel level, ConfusionFocus rows,
                                     ConfusionFocus cols) const {
    ConfusionSlice s;
    s.level = level;
    const size_t groupCount = groups(level).size();
    // Entries are in taxonomy order of their truth, and groups are runs of that order, so row
    // groups arrive sorted: each run of one row group is summed per column group in a dense
    // accumulator, then emitted by column. No sort over all the cells.
    std::vector<int64_t> sum(groupCount, 0);
    std::vector<int32_t> touched;
    std::vector<char> isRow(groupCount, 0), isCol(groupCount, 0);
    std::vector<ConfusionCell> cells;  // (row group, col group), for now
    auto flush = [&](int32_t row) {
        std::sort(touched.begin(), touched.end());
        for (int32_t c : touched) {
            cells.push_back({row, c, sum[size_t(c)]});
            sum[size_t(c)] = 0;
        }
        touched.clear();
    };
    int32_t current = -1;
    for (const Entry& e : entries_) {
        if (!inFocus(rows, e.truth) || !inFocus(cols, e.predicted)) continue;
        const int32_t r = groupOf(level, e.truth), c = groupOf(level, e.predicted);
        if (r != current) {
            flush(current);
            current = r;
        }
        if (!sum[size_t(c)]) touched.push_back(c);
        sum[size_t(c)] += e.count;
        isRow[size_t(r)] = isCol[size_t(c)] = 1;
    }
    flush(current);
    if (rows == cols)  // one set of taxa on both axes, so that the diagonal stays a diagonal
        for (size_t g = 0; g < groupCount; ++g)
            isRow[g] = isCol[g] = isRow[g] | isCol[g];
    std::vector<int32_t> rowIndex(groupCount, -1), colIndex(groupCount, -1);
    for (size_t g = 0; g < groupCount; ++g) {
        if (isRow[g]) rowIndex[g] = int32_t(s.rows.size()), s.rows.push_back(int32_t(g));
        if (isCol[g]) colIndex[g] = int32_t(s.cols.size()), s.cols.push_back(int32_t(g));
    }
    s.cells.reserve(cells.size());
    for (const ConfusionCell& c : cells) {
        s.cells.push_back({rowIndex[size_t(c.row)], colIndex[size_t(c.col)], c.count});
        s.total += c.count;
        s.maxCount = std::max(s.maxCount, c.count);
    }
    return s;
}

}  // namespace taxa
