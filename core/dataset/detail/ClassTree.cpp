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
    if (!hierarchyPath.empty()) readHierarchy(hierarchyPath);
    resolveRoots();
}

void ClassTree::readHierarchy(const std::string& hierarchyPath) {
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
}

// Each class's root and number of ancestors, every class visited once: walking each class to
// its root separately took 21.8 s for a chain of 160k classes. A walk stops at a class already
// resolved; meeting a class of the current walk again is a loop.
void ClassTree::resolveRoots() {
    const size_t n = ids_.size();
    std::vector<int32_t> rootOf(n, -1);
    depth_.assign(n, -1);
    std::vector<int32_t> path;
    std::vector<bool> onPath(n, false);
    for (int32_t k = 0; k < static_cast<int32_t>(n); ++k) {
        int32_t at = k;
        while (depth_[size_t(at)] < 0 && parent_[size_t(at)] >= 0) {
            if (onPath[size_t(at)])
                throw Error("hierarchy.txt: the parents of class " + std::to_string(id(at)) +
                            " form a loop");
            onPath[size_t(at)] = true;
            path.push_back(at);
            at = parent_[size_t(at)];
        }
        if (depth_[size_t(at)] < 0) {  // a root
            depth_[size_t(at)] = 0;
            rootOf[size_t(at)] = at;
        }
        for (size_t i = path.size(); i-- > 0;) {
            const int32_t c = path[i], p = parent_[size_t(c)];
            depth_[size_t(c)] = depth_[size_t(p)] + 1;
            rootOf[size_t(c)] = rootOf[size_t(p)];
            onPath[size_t(c)] = false;
        }
        path.clear();
    }
    std::vector<int32_t> roots;
    for (size_t k = 0; k < n; ++k)
        if (hasChildren_[k] || parent_[k] >= 0) roots.push_back(rootOf[k]);
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
        // Ancestors below the common root, from the depths resolveRoots() found.
        const size_t depth = size_t(depth_[size_t(k)]) - (commonRoot_ >= 0 ? 1 : 0);
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
