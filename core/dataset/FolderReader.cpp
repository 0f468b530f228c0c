#include "dataset/FolderReader.h"

#include <algorithm>
#include <filesystem>
#include <numeric>

#include "dataset/detail/FolderWalk.h"
#include "dataset/detail/RankLevels.h"
#include "util/Error.h"
#include "util/Rng.h"

namespace taxa {

using namespace detail;

namespace {

std::vector<std::string> components(const std::string& path) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t slash; (slash = path.find('/', start)) != std::string::npos; start = slash + 1)
        out.push_back(path.substr(start, slash - start));
    out.push_back(path.substr(start));
    return out;
}

// Categories from the class paths, sorted by path; returns old class index -> new.
std::vector<int32_t> buildCategories(Dataset& ds, const std::vector<std::string>& paths, int levels,
                                     const std::string& rootName) {
    std::vector<int32_t> order(paths.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int32_t a, int32_t b) { return paths[size_t(a)] < paths[size_t(b)]; });
    std::vector<int32_t> newIndex(paths.size());
    for (size_t k = 0; k < order.size(); ++k) {
        newIndex[size_t(order[k])] = static_cast<int32_t>(k);
        std::vector<std::string> parts = components(paths[size_t(order[k])]);
        Category c;
        c.id = static_cast<int64_t>(k);
        c.name = parts.back();
        parts.pop_back();
        c.supercategory = parts.empty() ? rootName : parts.front();
        placeLevels(c, parts, levels);
        ds.categories.push_back(std::move(c));
    }
    return newIndex;
}

// Moves the chosen share of each class's train images to val: per class, the images whose
// seeded hash of the path is smallest, so adding a file to one class never moves another's.
void deriveVal(Dataset& ds, const DerivedSplit& split) {
    std::vector<std::vector<std::pair<uint64_t, size_t>>> byClass(ds.categories.size());
    for (size_t i = 0; i < ds.images.size(); ++i) {
        const ImageRecord& im = ds.images[i];
        if (im.split != Split::Train || im.label < 0) continue;
        uint64_t h = split.seed;
        for (const char ch : ds.fileName(im))
            h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001B3ull;
        byClass[size_t(im.label)].emplace_back(Rng::splitmix(h), i);
    }
    for (auto& images : byClass) {
        const auto n = static_cast<int64_t>(images.size());
        if (n < 2) continue;  // a single image stays in train; the checks report the empty val
        const int64_t val = std::clamp<int64_t>(
            static_cast<int64_t>(split.valFraction * static_cast<double>(n) + 0.5),
            split.valFraction > 0 ? 1 : 0, n - 1);
        std::sort(images.begin(), images.end());
        for (int64_t k = 0; k < val; ++k)
            ds.images[images[size_t(k)].second].split = Split::Val;
    }
    // Train, then val, then test, each in listing order.
    std::stable_sort(ds.images.begin(), ds.images.end(),
                     [](const ImageRecord& a, const ImageRecord& b) { return a.split < b.split; });
}

std::string relativeTo(const std::string& root, const std::string& folder) {
    const std::string rel =
        std::filesystem::path(folder).lexically_relative(std::filesystem::path(root)).string();
    return rel.empty() || rel == "." ? std::string() : rel + "/";
}

}  // namespace

Dataset readFolderDataset(const DatasetFiles& files, const ProgressFn& progress) {
    Dataset ds;
    ds.root = files.root;
    ds.layout = Layout::Folders;
    std::vector<std::string> classPaths;
    StringInterner classes(classPaths);
    int64_t nextId = 0;
    WalkReport all;
    const std::pair<const std::string*, Split> splits[] = {
        {&files.train, Split::Train}, {&files.val, Split::Val}, {&files.test, Split::Test}};
    for (const auto& [folder, split] : splits) {
        if (folder->empty()) continue;
        const WalkReport r = walkSplitFolder(*folder, relativeTo(files.root, *folder), split,
                                             split != Split::Test, classes, ds, nextId, progress);
        if (all.ignoredFiles == 0) all.firstIgnored = r.firstIgnored;
        all.ignoredFiles += r.ignoredFiles;
        all.deepestClass = std::max(all.deepestClass, r.deepestClass);
    }
    if (classPaths.empty())
        throw Error(files.root + ": no images in class folders (expected " +
                    relativeTo(files.root, files.train) + "<class>/<image>.jpg)");

    const int levels = all.deepestClass - 1;
    const std::vector<int32_t> newIndex =
        buildCategories(ds, classPaths, levels, folderName(files.root));
    for (auto& im : ds.images)
        if (im.label >= 0) im.label = newIndex[size_t(im.label)];
    ds.indexCategories();
    nameLevels(ds, levels, "class");
    if (files.derivedSplit.active()) {
        deriveVal(ds, files.derivedSplit);
        ds.derivedSplit = files.derivedSplit;
    }
    if (all.ignoredFiles > 0)
        ds.issues.push_back({"ignored-files",
                             std::to_string(all.ignoredFiles) +
                                 " files are not JPEG or PNG images and were skipped, e.g. " +
                                 all.firstIgnored,
                             -1});
    return ds;
}

}  // namespace taxa
