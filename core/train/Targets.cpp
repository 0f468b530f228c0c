#include "train/Targets.h"

namespace taxa {

SoftTargets SoftTargets::oneHot(int32_t classes) {
    return uniform(classes, 0.0);
}

SoftTargets SoftTargets::uniform(int32_t classes, double eps) {
    SoftTargets t;
    t.classes_ = classes;
    t.uniform_ = true;  // one-hot is uniform smoothing with eps = 0: implicit rows either way
    t.eps_ = classes > 1 && eps > 0 ? eps : 0;
    return t;
}

namespace {

// Species (class indices) below a node, except one.
std::vector<int32_t> speciesUnder(const Taxonomy& tax, int32_t node, int32_t except) {
    std::vector<int32_t> out;
    if (node < 0) return out;  // a rank the dataset lacks (folders of classes, NABirds)
    std::vector<int32_t> stack{node};
    while (!stack.empty()) {
        const TaxonNode& n = tax.node(stack.back());
        stack.pop_back();
        if (n.classIndex >= 0) {
            if (n.classIndex != except) out.push_back(n.classIndex);
            continue;
        }
        stack.insert(stack.end(), n.children.begin(), n.children.end());
    }
    return out;
}

}  // namespace

SoftTargets SoftTargets::taxonomy(const Taxonomy& tax, double eps, double genusShare) {
    SoftTargets t;
    t.classes_ = tax.classCount();
    t.eps_ = eps;
    t.rows_.resize(static_cast<size_t>(t.classes_));
    for (int32_t c = 0; c < t.classes_; ++c) {
        const int32_t leaf = tax.speciesNode(c);
        const int32_t genus = tax.ancestor(leaf, Rank::Genus);
        const int32_t family = tax.ancestor(leaf, Rank::Family);
        const int32_t order = tax.ancestor(leaf, Rank::Order);
        const std::vector<int32_t> congeners = speciesUnder(tax, genus, c);
        std::vector<int32_t> familyMates;  // same family, other genus
        for (int32_t s : speciesUnder(tax, family, c))
            if (genus < 0 || tax.ancestor(tax.speciesNode(s), Rank::Genus) != genus)
                familyMates.push_back(s);
        double toGenus = eps * genusShare, toFamily = eps - toGenus, toOrder = 0;
        if (congeners.empty()) toFamily += toGenus, toGenus = 0;
        if (familyMates.empty()) {
            if (congeners.empty())
                toOrder = toFamily;
            else
                toGenus += toFamily;
            toFamily = 0;
        }
        std::vector<int32_t> orderMates;
        if (toOrder > 0) {
            for (int32_t s : speciesUnder(tax, order, c))
                if (family < 0 || tax.ancestor(tax.speciesNode(s), Rank::Family) != family)
                    orderMates.push_back(s);
            if (orderMates.empty()) toOrder = 0;  // alone up to the order: keep it all
        }
        TargetRow& row = t.rows_[size_t(c)];
        row.push_back({c, static_cast<float>(1.0 - toGenus - toFamily - toOrder)});
        auto spread = [&](const std::vector<int32_t>& who, double mass) {
            for (int32_t s : who)
                row.push_back({s, static_cast<float>(mass / who.size())});
        };
        if (toGenus > 0) spread(congeners, toGenus);
        if (toFamily > 0) spread(familyMates, toFamily);
        if (toOrder > 0) spread(orderMates, toOrder);
    }
    return t;
}

std::vector<float> SoftTargets::dense(int32_t c) const {
    std::vector<float> out(static_cast<size_t>(classes_), 0.0f);
    if (uniform_) {
        if (eps_ > 0) std::fill(out.begin(), out.end(), static_cast<float>(eps_ / (classes_ - 1)));
        out[size_t(c)] = static_cast<float>(1.0 - eps_);
        return out;
    }
    for (const auto& [k, p] : rows_[size_t(c)])
        out[size_t(k)] += p;
    return out;
}

}  // namespace taxa
