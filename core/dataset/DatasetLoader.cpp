#include "dataset/DatasetLoader.h"

#include <algorithm>
#include <filesystem>
#include <future>
#include <optional>

#include "dataset/AnnotationReader.h"
#include "dataset/FolderReader.h"
#include "dataset/ImageListReader.h"
#include "dataset/detail/Issues.h"
#include "util/Error.h"

namespace taxa {

namespace fs = std::filesystem;

using detail::Issues;

namespace {

std::string base(const std::string& path) {
    return fs::path(path).filename().string();
}

void mergeCategories(Dataset& ds, std::vector<Category> cats, const std::string& label,
                     Issues& issues) {
    std::stable_sort(cats.begin(), cats.end(),
                     [](const Category& a, const Category& b) { return a.id < b.id; });
    std::vector<Category> unique;
    unique.reserve(cats.size());
    for (auto& c : cats) {
        if (!unique.empty() && unique.back().id == c.id) {
            issues.add("duplicate-category-id",
                       label + ": categories: duplicate category id " + std::to_string(c.id), c.id);
            continue;
        }
        unique.push_back(std::move(c));
    }
    if (unique.empty()) throw Error(label + ": categories: no categories");
    ds.categories = std::move(unique);
    ds.indexCategories();
}

// Appends a file's images and labels them from its annotations.
void mergeSplit(Dataset& ds, AnnotationFile& f, const std::string& label, Split split,
                Issues& issues) {
    std::vector<int64_t> ids;
    ids.reserve(f.images.size());
    for (const auto& im : f.images)
        ids.push_back(im.id);
    IdIndex index;
    if (index.build(ids) >= 0) {
        // Report every duplicate, keep the first occurrence of each id.
        std::vector<ImageRecord> kept;
        kept.reserve(f.images.size());
        for (size_t i = 0; i < f.images.size(); ++i) {
            if (index.find(f.images[i].id) != static_cast<int32_t>(i)) {
                issues.add("duplicate-image-id",
                           label + ": images[" + std::to_string(i) + "]: duplicate image id " +
                               std::to_string(f.images[i].id),
                           f.images[i].id);
                continue;
            }
            kept.push_back(std::move(f.images[i]));
        }
        f.images = std::move(kept);
        ids.clear();
        for (const auto& im : f.images)
            ids.push_back(im.id);
        index.build(ids);
    }

    std::vector<int64_t> annIds;
    annIds.reserve(f.annotations.size());
    for (const auto& a : f.annotations)
        annIds.push_back(a.id);
    IdIndex annIndex;
    const bool annDuplicates = annIndex.build(annIds) >= 0;

    for (size_t i = 0; i < f.annotations.size(); ++i) {
        const RawAnnotation& a = f.annotations[i];
        // Spelled out only for a problem: building it for each of 437k annotations was a tenth
        // of the load time.
        const auto where = [&] {
            return label + ": annotations[" + std::to_string(i) + "] (id " + std::to_string(a.id) +
                   "): ";
        };
        if (annDuplicates && annIndex.find(a.id) != static_cast<int32_t>(i)) {
            issues.add("duplicate-annotation-id", where() + "duplicate annotation id", a.id);
            continue;
        }
        const int32_t img = index.find(a.imageId);
        if (img < 0) {
            issues.add("dangling-annotation-image",
                       where() + "image_id " + std::to_string(a.imageId) + " is not in this file",
                       a.id);
            continue;
        }
        const int32_t cls = ds.classOf(a.categoryId);
        if (cls < 0) {
            issues.add("dangling-annotation-category",
                       where() + "category_id " + std::to_string(a.categoryId) + " is unknown",
                       a.id);
            continue;
        }
        ImageRecord& im = f.images[static_cast<size_t>(img)];
        if (im.label >= 0) {
            issues.add("multiple-annotations",
                       where() + "image " + std::to_string(a.imageId) + " is already annotated",
                       a.imageId);
            continue;
        }
        im.label = cls;
    }
    if (split != Split::Test) {
        for (const auto& im : f.images)
            if (im.label < 0)
                issues.add("unlabelled-image",
                           label + ": image " + std::to_string(im.id) + " has no annotation",
                           im.id);
    }
    if (ds.images.empty())
        ds.images = std::move(f.images);
    else
        ds.images.insert(ds.images.end(), f.images.begin(), f.images.end());
}

// The annotation file a locations file describes: its name, or the name it should have.
std::string splitFileName(const DatasetFiles& files, Split split) {
    const std::string& path = split == Split::Train ? files.train : files.val;
    if (!path.empty()) return base(path);
    return std::string(splitName(split)) + layoutName(files.layout) + ".json";
}

void mergeLocations(Dataset& ds, const std::vector<LocationRecord>& locs, Split split,
                    const std::string& label, const DatasetFiles& files, Issues& issues) {
    // Locations refer to image ids of their own split only.
    size_t first = ds.images.size(), last = 0;
    for (size_t i = 0; i < ds.images.size(); ++i)
        if (ds.images[i].split == split) first = std::min(first, i), last = i + 1;
    if (first >= last && !locs.empty()) {
        // Every entry would be "unknown": the fault is the split's file, not the locations'.
        const std::string& splitFile = split == Split::Train ? files.train : files.val;
        issues.add("locations-without-images",
                   splitFileName(files, split) + (splitFile.empty() ? ": missing" : ": no images") +
                       ", though " + label + " gives locations for " + splitName(split) + " images",
                   -1);
        return;
    }
    std::vector<int64_t> ids;
    for (size_t i = first; i < last; ++i)
        ids.push_back(ds.images[i].id);
    IdIndex index;
    index.build(ids);
    for (size_t i = 0; i < locs.size(); ++i) {
        const int32_t k = index.find(locs[i].id);
        if (k < 0) {
            issues.add("unknown-location-image",
                       label + ": locations[" + std::to_string(i) + "]: image id " +
                           std::to_string(locs[i].id) + " is not in the " + splitName(split) +
                           " split",
                       locs[i].id);
            continue;
        }
        ImageRecord& im = ds.images[first + static_cast<size_t>(k)];
        Location loc;
        loc.lat = locs[i].lat;
        loc.lon = locs[i].lon;
        loc.userId = locs[i].userId;
        loc.date = locs[i].date;
        if (im.location >= 0) {
            ds.locations[static_cast<size_t>(im.location)] = std::move(loc);
        } else {
            im.location = static_cast<int32_t>(ds.locations.size());
            ds.locations.push_back(std::move(loc));
        }
    }
    ds.hasLocations = true;
}

// 2019 categories name no supercategory; its images sit in train_val2019/<super>/<id>/.
void supercategoriesFromFolders(Dataset& ds) {
    for (const auto& im : ds.images) {
        if (im.label < 0) continue;
        Category& c = ds.categories[size_t(im.label)];
        if (!c.supercategory.empty()) continue;
        const std::string_view path = ds.fileName(im);
        const size_t a = path.find('/'), b = a == path.npos ? a : path.find('/', a + 1);
        if (b != path.npos && path.find('/', b + 1) != path.npos)
            c.supercategory.assign(path.substr(a + 1, b - a - 1));
    }
    for (auto& c : ds.categories)
        if (c.supercategory.empty()) c.supercategory = c.ranks[0].empty() ? "Unknown" : c.ranks[0];
}

// An annotation file parsed on another thread, with its strings in its own arena.
struct SideFile {
    Dataset strings;
    AnnotationFile file;
};

SideFile readSideFile(const std::string& path, Layout layout, Split split, CategoryList lists) {
    SideFile side;
    ImageSink sink(side.strings);
    side.file = readAnnotationFile(path, base(path), layout, split, sink, lists);
    return side;
}

// Moves a side file's strings into @p ds: names shift by the arena's size, photographers are
// interned again, locations shift by the table's size.
void adoptStrings(Dataset& ds, ImageSink& sink, SideFile& side) {
    const auto shift = static_cast<uint32_t>(ds.names.size());
    if (ds.names.size() + side.strings.names.size() > UINT32_MAX)
        throw Error(ds.root + ": too many image file names");
    ds.names += side.strings.names;
    const auto locShift = static_cast<int32_t>(ds.locations.size());
    for (auto& loc : side.strings.locations)
        ds.locations.push_back(std::move(loc));
    std::vector<int32_t> remap(side.strings.photographers.size());
    for (size_t i = 0; i < remap.size(); ++i)
        remap[i] = sink.photographer(side.strings.photographers[i]);
    for (auto& im : side.file.images) {
        im.nameOffset += shift;
        if (im.photographer >= 0) im.photographer = remap[static_cast<size_t>(im.photographer)];
        if (im.location >= 0) im.location += locShift;
    }
}

Dataset loadInat(const DatasetFiles& files, const LoadOptions& options,
                 const ProgressFn& progress) {
    Dataset ds;
    ds.root = files.root;
    ds.layout = files.layout;
    Issues issues{options.strict, ds.issues};
    ImageSink sink(ds);
    if (files.train.empty()) throw Error(files.root + ": no train annotation file");
    const int64_t steps = 3;

    // Categories and val are parsed on a second thread while this one parses train; test, the
    // second largest file, once train is parsed, while this thread merges it. Parsing train and
    // test at once held both files and their simdjson indexes in memory together: at full
    // scale the peak was 255 MB instead of 193, for about 10 ms of load time.
    struct Early {
        std::vector<Category> categories;
        std::optional<SideFile> val;
    };
    // categories.json replaces the files' own lists, which then need not be complete.
    const CategoryList lists =
        files.categories.empty() ? CategoryList::Used : CategoryList::Replaced;
    // std::async's futures wait for their task when destroyed, so a failure on this thread
    // never leaves another one writing into a dead frame.
    auto earlyJob = std::async(std::launch::async, [&files, lists]() {
        Early early;
        if (!files.categories.empty())
            early.categories =
                readCategoriesFile(files.categories, base(files.categories), files.layout);
        if (!files.val.empty())
            early.val = readSideFile(files.val, files.layout, Split::Val, lists);
        return early;
    });
    reportOrCancel(progress, "Reading annotation files", 0, steps);
    std::optional<AnnotationFile> train =
        readAnnotationFile(files.train, base(files.train), files.layout, Split::Train, sink, lists);
    std::future<SideFile> testJob;
    if (!files.test.empty())
        testJob = std::async(std::launch::async, [&files, lists]() {
            return readSideFile(files.test, files.layout, Split::Test, lists);
        });
    Early early = earlyJob.get();
    reportOrCancel(progress, "Checking references", 1, steps);

    if (!files.categories.empty())
        mergeCategories(ds, std::move(early.categories), base(files.categories), issues);
    else
        mergeCategories(ds, std::move(train->categories), base(files.train), issues);
    mergeSplit(ds, *train, base(files.train), Split::Train, issues);
    train.reset();
    if (early.val) {
        adoptStrings(ds, sink, *early.val);
        mergeSplit(ds, early.val->file, base(files.val), Split::Val, issues);
    }
    if (testJob.valid()) {
        SideFile test = testJob.get();
        adoptStrings(ds, sink, test);
        mergeSplit(ds, test.file, base(files.test), Split::Test, issues);
    }

    // Train and val ids are disjoint in the releases; a collision is worth a finding but not
    // fatal, since every reference resolves within its own file.
    {
        std::vector<int64_t> ids;
        for (const auto& im : ds.images)
            if (im.split != Split::Test) ids.push_back(im.id);
        IdIndex index;
        const int64_t dup = index.build(ids);
        if (dup >= 0)
            ds.issues.push_back({"cross-split-image-id",
                                 "image id " + std::to_string(dup) + " is in both train and val",
                                 dup});
    }

    reportOrCancel(progress, "Reading locations", 2, steps);
    if (!files.trainLocations.empty())
        mergeLocations(ds, readLocationsFile(files.trainLocations, base(files.trainLocations)),
                       Split::Train, base(files.trainLocations), files, issues);
    if (!files.valLocations.empty())
        mergeLocations(ds, readLocationsFile(files.valLocations, base(files.valLocations)),
                       Split::Val, base(files.valLocations), files, issues);
    if (ds.layout == Layout::Inat2021 || ds.layout == Layout::Inat2021Mini) ds.hasLocations = true;
    if (ds.layout == Layout::Inat2019) supercategoriesFromFolders(ds);
    reportOrCancel(progress, "Loaded", steps, steps);
    return ds;
}

}  // namespace

Dataset loadDataset(const DatasetFiles& files, const LoadOptions& options,
                    const ProgressFn& progress) {
    switch (files.layout) {
        case Layout::Folders:
            return readFolderDataset(files, progress);
        case Layout::Cub:
        case Layout::NaBirds:
            return readImageListDataset(files, options, progress);
        default:
            return loadInat(files, options, progress);
    }
}

Dataset loadDataset(const std::string& root, const LoadOptions& options,
                    const ProgressFn& progress) {
    return loadDataset(findDatasetFiles(root, options), options, progress);
}

}  // namespace taxa
