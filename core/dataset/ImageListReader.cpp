#include "dataset/ImageListReader.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "dataset/AnnotationReader.h"
#include "dataset/detail/ClassTree.h"
#include "dataset/detail/Issues.h"
#include "dataset/detail/RankLevels.h"
#include "dataset/detail/TextLines.h"
#include "util/Error.h"
#include "util/SafePath.h"
#include "util/StringInterner.h"

namespace taxa {

using namespace detail;
namespace fs = std::filesystem;

namespace {

// images.txt: the image keys (ids as written) and their paths, as views into the mapping.
struct ImageList {
    explicit ImageList(const std::string& path) : file(path, "images.txt") {}
    TextLines file;
    std::vector<std::string_view> keys, paths;
    std::vector<int64_t> lines;
    std::unordered_map<std::string_view, int32_t> index;

    void read() {
        keys.reserve(file.size() / 48);
        file.forEach([&](std::string_view line, int64_t n) {
            const auto [key, path] = firstWord(line);
            if (path.empty()) file.fail(n, "expected '<image id> <path>'");
            const std::string why = unsafeRelativePathReason(path);
            if (!why.empty()) file.fail(n, why + ": '" + std::string(path) + "'");
            const auto [it, fresh] = index.emplace(key, static_cast<int32_t>(keys.size()));
            if (!fresh)
                file.fail(n, "duplicate image id " + std::string(key) + " (first on line " +
                                 std::to_string(lines[size_t(it->second)]) + ")");
            keys.push_back(key);
            paths.push_back(path);
            lines.push_back(n);
        });
        if (keys.empty()) throw Error("images.txt: no images");
    }
};

// Calls fn(image position, rest of line, line number) for each line of a per-image list;
// lines naming an unknown image are reported as @p kind.
template <class Fn>
void forEachImageLine(const std::string& path, const char* label, const ImageList& images,
                      Issues& issues, Fn&& fn) {
    const TextLines file(path, label);
    file.forEach([&](std::string_view line, int64_t n) {
        const auto [key, rest] = firstWord(line);
        const auto it = images.index.find(key);
        if (it == images.index.end()) {
            issues.add("unknown-image",
                       file.label() + ": line " + std::to_string(n) + ": image id " +
                           std::string(key) + " is not in images.txt",
                       -1);
            return;
        }
        fn(it->second, rest, n, file);
    });
}

std::vector<double> numbers(std::string_view rest, size_t count, int64_t n, const TextLines& f,
                            const char* expected) {
    std::vector<double> out;
    while (!rest.empty() && out.size() <= count) {
        const auto [word, tail] = firstWord(rest);
        double x = 0;
        if (!parseNumber(word, x)) f.fail(n, std::string("expected '<image id> ") + expected + "'");
        out.push_back(x);
        rest = tail;
    }
    if (out.size() != count) f.fail(n, std::string("expected '<image id> ") + expected + "'");
    return out;
}

// Per-image values gathered from the lists, by position in images.txt.
struct PerImage {
    std::vector<int32_t> label;  // class position in the tree, -1 when missing
    std::vector<int8_t> train;   // 1 train, 0 test, -1 missing
    std::vector<BoundingBox> boxes;
    std::vector<std::pair<int32_t, int32_t>> sizes;
    std::vector<int32_t> photographer;
};

void readLabels(const fs::path& root, const ImageList& images, const ClassTree& tree,
                Issues& issues, PerImage& per) {
    per.label.assign(images.keys.size(), -1);
    forEachImageLine(
        (root / "image_class_labels.txt").string(), "image_class_labels.txt", images, issues,
        [&](int32_t i, std::string_view rest, int64_t n, const TextLines& f) {
            int64_t id = 0;
            if (!parseId(rest, id)) f.fail(n, "expected '<image id> <class id>'");
            const int32_t k = tree.find(id);
            const std::string where = f.label() + ": line " + std::to_string(n) + ": ";
            if (k < 0)
                issues.add("unknown-class",
                           where + "class " + std::to_string(id) + " is not in classes.txt", -1);
            else if (tree.hasChildren(k))
                issues.add("label-not-leaf",
                           where + "class " + std::to_string(id) + " (" + tree.name(k) +
                               ") has child classes in hierarchy.txt; images "
                               "must be labelled with leaf classes",
                           -1);
            else if (per.label[size_t(i)] >= 0)
                issues.add(
                    "multiple-labels",
                    where + "image " + std::string(images.keys[size_t(i)]) + " is already labelled",
                    -1);
            else
                per.label[size_t(i)] = k;
        });
}

void readSplit(const fs::path& root, const ImageList& images, Issues& issues, PerImage& per) {
    per.train.assign(images.keys.size(), -1);
    forEachImageLine((root / "train_test_split.txt").string(), "train_test_split.txt", images,
                     issues, [&](int32_t i, std::string_view rest, int64_t n, const TextLines& f) {
                         if (rest != "0" && rest != "1")
                             f.fail(n,
                                    "expected '<image id> 1' (train) or '<image id> 0' "
                                    "(test), got '" +
                                        std::string(rest) + "'");
                         per.train[size_t(i)] = rest == "1";
                     });
}

void readOptional(const fs::path& root, const ImageList& images, Issues& issues, Dataset& ds,
                  PerImage& per) {
    const size_t n = images.keys.size();
    std::error_code ec;
    if (fs::is_regular_file(root / "bounding_boxes.txt", ec)) {
        per.boxes.assign(n, {});
        forEachImageLine(
            (root / "bounding_boxes.txt").string(), "bounding_boxes.txt", images, issues,
            [&](int32_t i, std::string_view rest, int64_t line, const TextLines& f) {
                const auto v = numbers(rest, 4, line, f, "<x> <y> <width> <height>");
                if (v[2] < 0 || v[3] < 0) f.fail(line, "negative box size");
                per.boxes[size_t(i)] = {float(v[0]), float(v[1]), float(v[2]), float(v[3])};
            });
    }
    if (fs::is_regular_file(root / "sizes.txt", ec)) {
        per.sizes.assign(n, {0, 0});
        forEachImageLine((root / "sizes.txt").string(), "sizes.txt", images, issues,
                         [&](int32_t i, std::string_view rest, int64_t line, const TextLines& f) {
                             const auto v = numbers(rest, 2, line, f, "<width> <height>");
                             for (double side : v)
                                 if (side < 1 || side > kMaxImageSide || side != int32_t(side))
                                     f.fail(line, "not a plausible image size");
                             per.sizes[size_t(i)] = {int32_t(v[0]), int32_t(v[1])};
                         });
    }
    if (fs::is_regular_file(root / "photographers.txt", ec)) {
        per.photographer.assign(n, -1);
        StringInterner names(ds.photographers);
        forEachImageLine((root / "photographers.txt").string(), "photographers.txt", images, issues,
                         [&](int32_t i, std::string_view rest, int64_t, const TextLines&) {
                             if (!rest.empty()) per.photographer[size_t(i)] = names.intern(rest);
                         });
    }
}

// Image ids: the files' own when every key is an integer, else line numbers.
// The keys as numbers when all are numbers (CUB), else line numbers (NABirds' UUIDs). Keys are
// matched as text across the lists, so "1" and "01" are two images there; as ids they would
// be one, and predictions would name image 1 twice.
std::vector<int64_t> imageIds(const ImageList& images) {
    std::vector<int64_t> ids(images.keys.size());
    for (size_t i = 0; i < ids.size(); ++i)
        if (!parseId(images.keys[i], ids[i])) {
            for (size_t k = 0; k < ids.size(); ++k)
                ids[k] = images.lines[k];
            return ids;
        }
    std::unordered_map<int64_t, size_t> first;
    for (size_t i = 0; i < ids.size(); ++i) {
        const auto [it, fresh] = first.emplace(ids[i], i);
        if (!fresh)
            images.file.fail(images.lines[i], "image id " + std::string(images.keys[i]) +
                                                  " is the number of id " +
                                                  std::string(images.keys[it->second]) + " (line " +
                                                  std::to_string(images.lines[it->second]) + ")");
    }
    return ids;
}

}  // namespace

Dataset readImageListDataset(const DatasetFiles& files, const LoadOptions& options,
                             const ProgressFn& progress) {
    const fs::path root(files.root);
    Dataset ds;
    ds.root = files.root;
    ds.layout = files.layout;
    Issues issues{options.strict, ds.issues};
    reportOrCancel(progress, "Reading image lists", 0, 3);
    ImageList images(files.train);
    images.read();
    const std::vector<int64_t> ids = imageIds(images);
    const bool tree = files.layout == Layout::NaBirds;
    const ClassTree classes((root / "classes.txt").string(),
                            tree ? (root / "hierarchy.txt").string() : std::string());
    ds.categories = classes.leafCategories(ds, folderName(files.root), tree ? "class" : "species");
    ds.indexCategories();
    PerImage per;
    readLabels(root, images, classes, issues, per);
    readSplit(root, images, issues, per);
    reportOrCancel(progress, "Reading image lists", 1, 3);
    readOptional(root, images, issues, ds, per);

    for (int8_t wanted : {int8_t(1), int8_t(0)}) {  // train first, then the release's test
        for (size_t i = 0; i < images.keys.size(); ++i) {
            if (per.train[i] != wanted) continue;
            ImageRecord im;
            im.id = ids[i];
            im.split = wanted ? Split::Train : Split::Val;
            if (per.label[i] < 0) {
                issues.add("unlabelled-image",
                           "image_class_labels.txt: image " + std::string(images.keys[i]) +
                               " (images.txt line " + std::to_string(images.lines[i]) +
                               ") has no label",
                           im.id);
                continue;
            }
            im.label = ds.classOf(classes.id(per.label[i]));
            if (!per.sizes.empty()) std::tie(im.width, im.height) = per.sizes[i];
            if (!per.photographer.empty()) im.photographer = per.photographer[i];
            ds.setFileName(im, "images/" + std::string(images.paths[i]));
            ds.images.push_back(im);
            if (!per.boxes.empty()) ds.boxes.push_back(per.boxes[i]);
        }
    }
    for (size_t i = 0; i < images.keys.size(); ++i)
        if (per.train[i] < 0)
            issues.add("no-split",
                       "train_test_split.txt: image " + std::string(images.keys[i]) +
                           " (images.txt line " + std::to_string(images.lines[i]) +
                           ") is in neither split",
                       ids[i]);
    reportOrCancel(progress, "Loaded", 3, 3);
    return ds;
}

}  // namespace taxa
