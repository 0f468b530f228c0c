#include "dataset/Layouts.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "util/Error.h"

namespace taxa {

namespace {

struct LayoutInfo {
    Layout layout;
    const char* name;    // layoutName()
    const char* option;  // --layout
    const char* title;
    Competition competition;
};

// Published rules: each competition's README (github.com/visipedia/inat_comp) names its metric
// and submission format.
constexpr std::array<LayoutInfo, 8> kLayouts = {{
    {Layout::Inat2017, "2017", "inat2017", "iNaturalist 2017", {"iNat 2017", 5, 5, "id,predicted"}},
    {Layout::Inat2018, "2018", "inat2018", "iNaturalist 2018", {"iNat 2018", 3, 3, "id,predicted"}},
    {Layout::Inat2019, "2019", "inat2019", "iNaturalist 2019", {"iNat 2019", 1, 1, "id,predicted"}},
    {Layout::Inat2021, "2021", "inat2021", "iNaturalist 2021", {"iNat 2021", 1, 5, "Id,Predicted"}},
    {Layout::Inat2021Mini,
     "2021-mini",
     "inat2021-mini",
     "iNaturalist 2021 (train_mini)",
     {"iNat 2021", 1, 5, "Id,Predicted"}},
    {Layout::Folders, "folders", "folders", "Folders of classes", {"", 1, 3, "id,predicted"}},
    {Layout::Cub, "cub", "cub", "CUB-200-2011", {"", 1, 3, "id,predicted"}},
    {Layout::NaBirds, "nabirds", "nabirds", "NABirds", {"", 1, 3, "id,predicted"}},
}};

const LayoutInfo& info(Layout layout) {
    for (const auto& i : kLayouts)
        if (i.layout == layout) return i;
    return kLayouts[1];
}

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

const char* layoutName(Layout layout) {
    return info(layout).name;
}

const char* layoutOptionName(Layout layout) {
    return info(layout).option;
}

const char* layoutTitle(Layout layout) {
    return info(layout).title;
}

const std::vector<std::string>& layoutOptionNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& i : kLayouts)
            out.emplace_back(i.option);
        return out;
    }();
    return names;
}

Layout parseLayout(const std::string& name) {
    const std::string key = lower(name);
    for (const auto& i : kLayouts)
        if (key == i.option || key == i.name) return i.layout;
    std::string all;
    for (const auto& n : layoutOptionNames())
        all += (all.empty() ? "" : ", ") + n;
    throw Error("unknown dataset layout '" + name + "' (expected one of " + all + ")");
}

Competition competitionOf(Layout layout) {
    return info(layout).competition;
}

std::string metricName(int topK) {
    return "top-" + std::to_string(topK) + " error";
}

std::string metricKey(int topK) {
    return "top" + std::to_string(topK) + "_error";
}

}  // namespace taxa
