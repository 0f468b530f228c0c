#include "state/TaxonFilter.h"

namespace {

// The taxonomy's own path matches, needed in the flat view where a species row has no genus or
// family rows above it. Taxonomy nodes are stored parents first.
std::vector<uint8_t> taxonPathMatches(const LoadedDataset& data, const TaxonFilterCriteria& c) {
    const taxa::Taxonomy& tax = data.taxonomy;
    std::vector<uint8_t> match(static_cast<size_t>(tax.size()), 0);
    for (int32_t n = 0; n < tax.size(); ++n) {
        const taxa::TaxonNode& node = tax.node(n);
        const bool self =
            (c.rank < 0 || c.rank == static_cast<int>(node.rank)) &&
            data.lowerNames[static_cast<size_t>(n)].find(c.needle) != std::string::npos;
        match[static_cast<size_t>(n)] =
            self || (node.parent >= 0 && match[static_cast<size_t>(node.parent)]);
    }
    return match;
}

}  // namespace

TaxonFilterResult filterTaxonomyRows(const LoadedDataset& data, const TaxonomyRows& rows,
                                     const TaxonFilterCriteria& c) {
    TaxonFilterResult out;
    const size_t n = rows.rows.size();
    out.visible.assign(n, 0);
    const bool searching = !c.needle.empty() || c.rank >= 0;
    std::vector<uint8_t> pathMatch;
    std::vector<uint8_t> taxonMatch;
    if (searching) {
        taxonMatch = taxonPathMatches(data, c);
        pathMatch.assign(n, 0);
        for (size_t i = 1; i < n; ++i) {
            const auto& row = rows.rows[i];
            bool match = row.parent > 0 && pathMatch[static_cast<size_t>(row.parent)];
            if (row.taxon >= 0)
                match = match || taxonMatch[static_cast<size_t>(row.taxon)];
            else if (row.supercategory >= 0 && (c.rank < 0 || c.rank == kSupercategoryRank))
                match = match ||
                        TaxonomyRows::lowerName(data, row).find(c.needle) != std::string_view::npos;
            pathMatch[i] = match;
        }
    }
    for (size_t i = n; i-- > 1;) {
        const auto& row = rows.rows[i];
        if (row.rank == static_cast<uint8_t>(taxa::Rank::Species)) {
            const bool shown =
                (!searching || pathMatch[i]) && row.train >= c.minTrain && row.train <= c.maxTrain;
            out.visible[i] = shown;
            out.species += shown;
        }
        if (out.visible[i]) out.visible[static_cast<size_t>(row.parent)] = 1;
    }
    out.visible[0] = 1;
    return out;
}
