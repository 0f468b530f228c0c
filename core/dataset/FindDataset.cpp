// findDatasetFiles(): which layout a folder holds, and where its files are.

#include <filesystem>

#include "dataset/DatasetLoader.h"
#include "util/Error.h"

namespace taxa {

namespace fs = std::filesystem;

namespace {

std::string existing(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec) ? p.string() : std::string();
}

std::string existingFolder(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec) ? p.string() : std::string();
}

std::string firstExisting(const fs::path& root, std::initializer_list<const char*> names) {
    for (const char* n : names) {
        std::string s = existing(root / n);
        if (!s.empty()) return s;
    }
    return {};
}

std::string firstFolder(const fs::path& root, std::initializer_list<const char*> names) {
    for (const char* n : names) {
        std::string s = existingFolder(root / n);
        if (!s.empty()) return s;
    }
    return {};
}

// A visible subfolder: the root may be one folder of class folders.
bool hasSubfolder(const fs::path& root) {
    std::error_code ec;
    for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] != '.' && it->is_directory(ec)) return true;
    }
    return false;
}

// The files of one iNaturalist year; false when its train file is absent.
bool inatFiles(const fs::path& root, Layout layout, DatasetFiles& f) {
    f.layout = layout;
    switch (layout) {
        case Layout::Inat2017:
        case Layout::Inat2018:
        case Layout::Inat2019: {
            const std::string year = layoutName(layout);
            f.train = existing(root / ("train" + year + ".json"));
            f.val = existing(root / ("val" + year + ".json"));
            f.test = existing(root / ("test" + year + ".json"));
            f.categories = existing(root / "categories.json");
            const std::string loc = "inat" + year + "_locations/";
            f.trainLocations = existing(root / (loc + "train" + year + "_locations.json"));
            f.valLocations = existing(root / (loc + "val" + year + "_locations.json"));
            break;
        }
        case Layout::Inat2021:
        case Layout::Inat2021Mini:
            f.train =
                existing(root / (layout == Layout::Inat2021 ? "train.json" : "train_mini.json"));
            f.val = existing(root / "val.json");
            f.test = firstExisting(root, {"public_test.json", "test.json"});
            break;
        default:
            return false;
    }
    return !f.train.empty();
}

bool listFiles(const fs::path& root, Layout layout, DatasetFiles& f) {
    f.layout = layout;
    f.train = existing(root / "images.txt");
    if (f.train.empty() || existing(root / "image_class_labels.txt").empty()) return false;
    // NABirds is told apart by its class tree; CUB reads a NABirds folder too, flat.
    return layout == Layout::Cub || !existing(root / "hierarchy.txt").empty();
}

bool folderFiles(const fs::path& root, const LoadOptions& o, DatasetFiles& f) {
    f.layout = Layout::Folders;
    f.train = existingFolder(root / "train");
    if (!f.train.empty()) {
        f.val = firstFolder(root, {"val", "validation", "valid"});
        f.test = existingFolder(root / "test");
    } else if (hasSubfolder(root)) {
        f.train = root.string();  // one folder of classes: val is drawn from it
    } else {
        return false;
    }
    if (f.val.empty()) {
        if (!(o.valFraction >= 0 && o.valFraction < 1))
            throw Error("the val fraction must be at least 0 and below 1, not " +
                        std::to_string(o.valFraction));
        f.derivedSplit = {o.valFraction, o.splitSeed};
    }
    return true;
}

bool filesOf(const fs::path& root, Layout layout, const LoadOptions& o, DatasetFiles& f) {
    switch (layout) {
        case Layout::Folders:
            return folderFiles(root, o, f);
        case Layout::Cub:
        case Layout::NaBirds:
            return listFiles(root, layout, f);
        default:
            return inatFiles(root, layout, f);
    }
}

std::string missingMessage(const std::string& root, Layout layout) {
    switch (layout) {
        case Layout::Folders:
            return root + ": no train/ folder and no class folders (needed by the folders layout)";
        case Layout::Cub:
            return root + ": no images.txt and image_class_labels.txt (needed by the cub layout)";
        case Layout::NaBirds:
            return root +
                   ": no images.txt, image_class_labels.txt and hierarchy.txt (needed by the "
                   "nabirds layout)";
        case Layout::Inat2021:
            return root + ": no train.json (needed by the inat2021 layout)";
        case Layout::Inat2021Mini:
            return root + ": no train_mini.json (needed by the inat2021-mini layout)";
        default:
            return root + ": no train" + layoutName(layout) + ".json (needed by the " +
                   layoutOptionName(layout) + " layout)";
    }
}

}  // namespace

DatasetFiles findDatasetFiles(const std::string& rootIn, const LoadOptions& options) {
    const fs::path root(rootIn);
    std::error_code ec;
    if (!fs::is_directory(root, ec)) throw Error(rootIn + ": not a folder");
    DatasetFiles f;
    f.root = rootIn;
    if (!options.layout.empty()) {
        const Layout layout = parseLayout(options.layout);
        if (!filesOf(root, layout, options, f)) throw Error(missingMessage(rootIn, layout));
        return f;
    }
    // Annotation files name their layout; folders are the fallback, so a 2021 release's image
    // tree next to its train.json is read as the release.
    for (Layout layout : {Layout::Inat2018, Layout::Inat2017, Layout::Inat2019, Layout::Inat2021,
                          Layout::Inat2021Mini, Layout::NaBirds, Layout::Cub, Layout::Folders}) {
        f = DatasetFiles{};
        f.root = rootIn;
        if (filesOf(root, layout, options, f)) return f;
    }
    throw Error(rootIn +
                ": no dataset found (expected iNaturalist annotation files such as "
                "train2018.json or train.json, CUB/NABirds lists (images.txt), or folders of "
                "classes such as train/<class>/*.jpg)");
}

std::vector<std::string> annotationFiles(const DatasetFiles& f) {
    std::vector<std::string> out;
    std::error_code ec;
    auto add = [&](const fs::path& p) {
        if (!p.empty() && fs::is_regular_file(p, ec)) out.push_back(p.string());
    };
    if (f.layout == Layout::Cub || f.layout == Layout::NaBirds) {
        for (const char* name :
             {"images.txt", "image_class_labels.txt", "train_test_split.txt", "classes.txt",
              "bounding_boxes.txt", "hierarchy.txt", "sizes.txt", "photographers.txt"})
            add(fs::path(f.root) / name);
        return out;
    }
    for (const std::string* p :
         {&f.train, &f.val, &f.test, &f.categories, &f.trainLocations, &f.valLocations})
        add(*p);  // folders of classes name folders here, which add() skips
    return out;
}

}  // namespace taxa
