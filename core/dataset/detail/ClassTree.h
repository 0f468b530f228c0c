#pragma once
// Internal to the CUB/NABirds reader: classes.txt and hierarchy.txt as a tree of classes.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dataset/Dataset.h"

namespace taxa::detail {

/// The classes of classes.txt and, when given, their parents from hierarchy.txt.
class ClassTree {
  public:
    /// Reads classes.txt (and hierarchy.txt when @p hierarchyPath is not empty). Throws
    /// taxa::Error for a malformed line, a duplicate class, an unknown parent or a loop.
    ClassTree(const std::string& classesPath, const std::string& hierarchyPath);

    /// Position of a class id in classes.txt order, or -1.
    int32_t find(int64_t id) const;
    /// True when some class names this one as its parent.
    bool hasChildren(int32_t k) const { return hasChildren_[size_t(k)]; }
    int64_t id(int32_t k) const { return ids_[size_t(k)]; }
    const std::string& name(int32_t k) const { return names_[size_t(k)]; }

    /// The leaves (every class without hierarchy.txt) as categories sorted by id, with their
    /// ancestors as ranks; @p fallbackSuper names the supercategory of classes without any.
    /// Sets the dataset's rank names. Throws when a class sits more than six levels down.
    std::vector<Category> leafCategories(Dataset& ds, const std::string& fallbackSuper,
                                         const char* className) const;

  private:
    // Sets parent_ and hasChildren_ from hierarchy.txt.
    void readHierarchy(const std::string& hierarchyPath);
    // Sets depth_ and commonRoot_; throws when the parents of a class form a loop.
    void resolveRoots();
    // Ancestors of a class, top first, without the common root of the whole tree.
    std::vector<std::string> ancestors(int32_t k) const;

    std::vector<int64_t> ids_;
    std::vector<std::string> names_;
    std::vector<int32_t> parent_;  // -1 at a root
    std::vector<bool> hasChildren_;
    std::vector<int32_t> depth_;  // number of ancestors, the tree's common root included
    std::unordered_map<int64_t, int32_t> index_;
    int32_t commonRoot_ = -1;  // the single root above every class, dropped from rank paths
};

/// "001.Black_footed_Albatross" -> "Black footed Albatross"; other names unchanged.
std::string readableClassName(std::string_view raw);

}  // namespace taxa::detail
