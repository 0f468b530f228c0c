#include "dataset/detail/ClassTree.h"

#include <algorithm>
#include <numeric>

#include "dataset/detail/RankLevels.h"
#include "dataset/detail/TextLines.h"
#include "util/Error.h"

namespace taxa::detail {

std::string readableClassName(std::string_view raw) {
    // CUB writes "<number>.<Words_joined_by_underscores>", its folder name.
    size_t digits = 0;
    while (digits < raw.size() && raw[digits] >= '0' && raw[digits] <= '9')
        ++digits;
    if (digits == 0 || digits + 1 >= raw.size() || raw[digits] != '.') return std::string(raw);
    std::string out(raw.substr(digits + 1));
    if (out.find(' ') == std::string::npos) std::replace(out.begin(), out.end(), '_', ' ');
    return out;
}

ClassTree::ClassTree(const std::string& classesPath, const std::string& hierarchyPath) {
    const TextLines classes(classesPath, "classes.txt");
    std::unordered_map<int64_t, int64_t> lineOf;
    classes.forEach([&](std::string_view line, int64_t n) {
        const auto [key, name] = firstWord(line);
        int64_t id = 0;
        if (!parseId(key, id))
            classes.fail(n, "class id '" + std::string(key) + "' is not a non-negative integer");
        if (name.empty()) classes.fail(n, "class " + std::string(key) + " has no name");
        if (!index_.emplace(id, static_cast<int32_t>(ids_.size())).second)
            classes.fail(n, "duplicate class id " + std::string(key) + " (first on line " +
                                std::to_string(lineOf[id]) + ")");
        lineOf[id] = n;
        ids_.push_back(id);
        names_.push_back(readableClassName(name));
    });
    if (ids_.empty()) throw Error("classes.txt: no classes");
    parent_.assign(ids_.size(), -1);
    hasChildren_.assign(ids_.size(), false);
    if (hierarchyPath.empty()) return;

    const TextLines tree(hierarchyPath, "hierarchy.txt");
    tree.forEach([&](std::string_view line, int64_t n) {
        const auto [childText, parentText] = firstWord(line);
        int64_t child = 0, parent = 0;
        if (!parseId(childText, child) || !parseId(parentText, parent))
            tree.fail(n, "expected '<child class id> <parent class id>'");
        const int32_t c = find(child), p = find(parent);
        if (c < 0) tree.fail(n, "class " + std::to_string(child) + " is not in classes.txt");
        if (p < 0) tree.fail(n, "parent " + std::to_string(parent) + " is not in classes.txt");
        if (parent_[size_t(c)] >= 0)
            tree.fail(n, "class " + std::to_string(child) + " has a second parent");
        parent_[size_t(c)] = p;
        hasChildren_[size_t(p)] = true;
    });
    // Every chain must reach a root; a loop would make the class its own ancestor.
    std::vector<int32_t> roots;
    for (int32_t k = 0; k < static_cast<int32_t>(ids_.size()); ++k) {
        int32_t at = k;
        for (size_t steps = 0; parent_[size_t(at)] >= 0; ++steps) {
            if (steps > ids_.size())
                throw Error("hierarchy.txt: the parents of class " + std::to_string(id(k)) +
                            " form a loop");
            at = parent_[size_t(at)];
        }
        if (hasChildren_[size_t(k)] || parent_[size_t(k)] >= 0) roots.push_back(at);
    }
    std::sort(roots.begin(), roots.end());
    if (!roots.empty() && roots.front() == roots.back()) commonRoot_ = roots.front();
}

int32_t ClassTree::find(int64_t id) const {
    const auto it = index_.find(id);
    return it == index_.end() ? -1 : it->second;
}

std::vector<std::string> ClassTree::ancestors(int32_t k) const {
    std::vector<std::string> out;
    for (int32_t p = parent_[size_t(k)]; p >= 0 && p != commonRoot_; p = parent_[size_t(p)])
        out.push_back(names_[size_t(p)]);
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<Category> ClassTree::leafCategories(Dataset& ds, const std::string& fallbackSuper,
                                                const char* className) const {
    std::vector<int32_t> leaves;
    size_t levels = 0;
    for (int32_t k = 0; k < static_cast<int32_t>(ids_.size()); ++k) {
        if (hasChildren(k)) continue;
        leaves.push_back(k);
        const size_t depth = ancestors(k).size();
        if (depth > static_cast<size_t>(kMaxLevels))
            throw Error("hierarchy.txt: class " + std::to_string(id(k)) + " sits " +
                        std::to_string(depth) + " levels below the root; at most " +
                        std::to_string(kMaxLevels) + " are read");
        levels = std::max(levels, depth);
    }
    std::sort(leaves.begin(), leaves.end(), [&](int32_t a, int32_t b) { return id(a) < id(b); });
    std::vector<Category> out;
    out.reserve(leaves.size());
    const std::string rootName = commonRoot_ >= 0 ? names_[size_t(commonRoot_)] : fallbackSuper;
    for (int32_t k : leaves) {
        Category c;
        c.id = id(k);
        c.name = name(k);
        const std::vector<std::string> up = ancestors(k);
        c.supercategory = up.empty() ? rootName : up.front();
        placeLevels(c, up, static_cast<int>(levels));
        out.push_back(std::move(c));
    }
    nameLevels(ds, static_cast<int>(levels), className);
    return out;
}

}  // namespace taxa::detail
