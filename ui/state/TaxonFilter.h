#pragma once
/// @file TaxonFilter.h
/// @brief What the taxonomy search box and filters ask for, and which rows satisfy it.

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "state/TaxonomyRows.h"

/// @brief Filter criteria of the taxonomy view.
///
/// A species is shown when its training count lies in [minTrain, maxTrain] and, if there is a
/// search text, some taxon on its path (itself, an ancestor, or in the flat view its
/// supercategory) has a name containing the text at the chosen rank. Every other row is shown
/// when a shown species lies below it, so matches keep their ancestors, and a matched genus or
/// family keeps its species for browsing.
struct TaxonFilterCriteria {
    std::string needle;  ///< Lower-case UTF-8 text to find in names; empty matches all.
    int rank = -1;       ///< Only names of this rank (taxa::Rank or kSupercategoryRank) match.
    int64_t minTrain = 0;
    int64_t maxTrain = std::numeric_limits<int64_t>::max();

    bool operator==(const TaxonFilterCriteria& o) const {
        return needle == o.needle && rank == o.rank && minTrain == o.minTrain &&
               maxTrain == o.maxTrain;
    }
    bool operator!=(const TaxonFilterCriteria& o) const { return !(*this == o); }
    /// @brief True when nothing is filtered out.
    bool isEmpty() const {
        return needle.empty() && minTrain <= 0 && maxTrain == std::numeric_limits<int64_t>::max();
    }
};

/// @brief Result of filtering: one flag per row, and how many species are shown.
struct TaxonFilterResult {
    std::vector<uint8_t> visible;
    int32_t species = 0;
};

/// @brief Evaluates @p c over all rows in two linear passes, with no allocation per row: a
/// forward pass propagates path matches down, a backward pass propagates visibility up.
TaxonFilterResult filterTaxonomyRows(const LoadedDataset& data, const TaxonomyRows& rows,
                                     const TaxonFilterCriteria& c);
