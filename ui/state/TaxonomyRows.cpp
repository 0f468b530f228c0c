#include "state/TaxonomyRows.h"

#include <algorithm>

namespace {

void numberChildren(std::vector<TaxonomyRows::Row>& rows) {
    for (auto& row : rows)
        for (size_t i = 0; i < row.children.size(); ++i)
            rows[static_cast<size_t>(row.children[i])].rowInParent = static_cast<int32_t>(i);
}

void buildTree(const LoadedDataset& data, TaxonomyRows& out) {
    // Taxonomy nodes are stored parents first, so row ids can simply equal node ids.
    const taxa::Taxonomy& tax = data.taxonomy;
    out.rows.resize(static_cast<size_t>(tax.size()));
    out.rowOfTaxon.resize(static_cast<size_t>(tax.size()));
    for (int32_t n = 0; n < tax.size(); ++n) {
        const taxa::TaxonNode& node = tax.node(n);
        auto& row = out.rows[static_cast<size_t>(n)];
        row.parent = node.parent;
        row.taxon = n;
        row.rank = static_cast<uint8_t>(node.rank);
        row.species = node.species;
        row.train = node.images[static_cast<size_t>(taxa::Split::Train)];
        row.val = node.images[static_cast<size_t>(taxa::Split::Val)];
        row.name = node.name;
        row.children = node.children;
        out.rowOfTaxon[static_cast<size_t>(n)] = n;
    }
}

void buildSupercategories(const LoadedDataset& data, TaxonomyRows& out) {
    const taxa::Taxonomy& tax = data.taxonomy;
    const auto supers = static_cast<int32_t>(tax.supercategories().size());
    out.rowOfTaxon.assign(static_cast<size_t>(tax.size()), -1);
    out.rows.resize(1 + static_cast<size_t>(supers));
    out.rows[0].name = tax.node(tax.root()).name;
    for (int32_t s = 0; s < supers; ++s) {
        auto& row = out.rows[1 + static_cast<size_t>(s)];
        row.parent = 0;
        row.supercategory = s;
        row.rank = kSupercategoryRank;
        row.name = tax.supercategories()[static_cast<size_t>(s)];
        out.rows[0].children.push_back(1 + s);
        out.rowOfSupercategory[static_cast<size_t>(s)] = 1 + s;
    }
    std::vector<int32_t> byName(static_cast<size_t>(tax.classCount()));
    for (int32_t c = 0; c < tax.classCount(); ++c)
        byName[static_cast<size_t>(c)] = c;
    std::stable_sort(byName.begin(), byName.end(), [&](int32_t a, int32_t b) {
        return tax.node(tax.speciesNode(a)).name < tax.node(tax.speciesNode(b)).name;
    });
    for (int32_t c : byName) {
        const int32_t node = tax.speciesNode(c);
        const int32_t parent = 1 + tax.supercategoryOf(c);
        const auto id = static_cast<int32_t>(out.rows.size());
        TaxonomyRows::Row row;
        row.parent = parent;
        row.taxon = node;
        row.rank = static_cast<uint8_t>(taxa::Rank::Species);
        row.species = 1;
        row.train = data.trainCounts[static_cast<size_t>(c)];
        row.val = data.valCounts[static_cast<size_t>(c)];
        row.name = tax.node(node).name;
        out.rows.push_back(std::move(row));
        out.rowOfTaxon[static_cast<size_t>(node)] = id;
        for (int32_t up = parent; up >= 0; up = out.rows[static_cast<size_t>(up)].parent) {
            auto& ancestor = out.rows[static_cast<size_t>(up)];
            ++ancestor.species;
            ancestor.train += data.trainCounts[static_cast<size_t>(c)];
            ancestor.val += data.valCounts[static_cast<size_t>(c)];
        }
        out.rows[static_cast<size_t>(parent)].children.push_back(id);
    }
}

}  // namespace

TaxonomyRows TaxonomyRows::build(const LoadedDataset* data, Mode mode) {
    TaxonomyRows out;
    out.mode = mode;
    if (!data) {
        out.rows.resize(1);
        return out;
    }
    out.rowOfSupercategory.assign(data->taxonomy.supercategories().size(), -1);
    if (mode == Mode::RankTree)
        buildTree(*data, out);
    else
        buildSupercategories(*data, out);
    numberChildren(out.rows);
    return out;
}

std::string_view TaxonomyRows::lowerName(const LoadedDataset& data, const Row& row) {
    if (row.taxon >= 0) return data.lowerNames[static_cast<size_t>(row.taxon)];
    if (row.supercategory >= 0)
        return data.lowerSupercategories[static_cast<size_t>(row.supercategory)];
    return {};
}
