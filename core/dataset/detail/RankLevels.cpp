#include "dataset/detail/RankLevels.h"

#include <filesystem>

namespace taxa::detail {

void placeLevels(Category& c, const std::vector<std::string>& ancestors, int levels) {
    const size_t first = static_cast<size_t>(kAboveSpeciesRanks - levels);
    for (size_t i = 0; i < ancestors.size() && first + i < c.ranks.size(); ++i)
        c.ranks[first + i] = ancestors[i];
}

void nameLevels(Dataset& ds, int levels, const char* className) {
    ds.fillMissingRanks = false;
    for (int i = 0; i < levels; ++i)
        ds.rankNames[static_cast<size_t>(kAboveSpeciesRanks - levels + i + 1)] =
            "level " + std::to_string(i + 1);
    ds.rankNames[kAboveSpeciesRanks + 1] = className;
}

std::string folderName(const std::string& root) {
    std::error_code ec;
    std::filesystem::path p = std::filesystem::weakly_canonical(root, ec);
    if (ec) p = std::filesystem::absolute(root).lexically_normal();
    if (!p.has_filename()) p = p.parent_path();
    const std::string name = p.filename().string();
    return name.empty() ? "all" : name;
}

}  // namespace taxa::detail
