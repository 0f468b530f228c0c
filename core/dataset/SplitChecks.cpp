#include "dataset/SplitChecks.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "dataset/DuplicateFiles.h"
#include "util/SafePath.h"

namespace taxa {

SplitCheckOptions defaultChecks(Layout layout) {
    SplitCheckOptions o;
    if (layout == Layout::Inat2018) return o;
    o.minTrain = o.maxTrain = o.valPerSpecies = 0;
    o.absentClasses = true;
    switch (layout) {
        case Layout::Inat2017:
            o.minTrain = 8;
            o.absentClasses = false;
            break;
        case Layout::Inat2019:
            o.valPerSpecies = 3;
            break;
        case Layout::Inat2021:
            o.valPerSpecies = 10;
            break;
        case Layout::Inat2021Mini:
            o.minTrain = o.maxTrain = 50;
            o.valPerSpecies = 10;
            break;
        case Layout::Folders:
            o.duplicateFiles = true;
            break;
        default:
            break;
    }
    return o;
}

namespace {

void classBounds(const Dataset& ds, const SplitCheckOptions& o, SplitCheckReport& r) {
    if (o.minTrain <= 0 && o.maxTrain <= 0) return;
    r.checksRun.push_back("train-count-bounds");
    const auto train = ds.classCounts(Split::Train);
    Finding f{"train-count-bounds", "warning", {}, 0, {}, {}};
    for (size_t c = 0; c < train.size(); ++c)
        if (train[c] < o.minTrain || (o.maxTrain > 0 && train[c] > o.maxTrain))
            f.classes.push_back(static_cast<int32_t>(c));
    if (f.classes.empty()) return;
    f.count = static_cast<int64_t>(f.classes.size());
    f.message =
        o.minTrain == o.maxTrain
            ? std::to_string(f.count) + " species do not have exactly " +
                  std::to_string(o.minTrain) + " train images"
            : std::to_string(f.count) + " species have fewer than " + std::to_string(o.minTrain) +
                  " train images" +
                  (o.maxTrain > 0 ? " or more than " + std::to_string(o.maxTrain) : std::string());
    r.findings.push_back(std::move(f));
}

void valCounts(const Dataset& ds, const SplitCheckOptions& o, SplitCheckReport& r) {
    if (o.valPerSpecies <= 0) return;
    r.checksRun.push_back("val-count");
    const auto val = ds.classCounts(Split::Val);
    Finding f{"val-count", "warning", {}, 0, {}, {}};
    for (size_t c = 0; c < val.size(); ++c)
        if (val[c] != o.valPerSpecies) f.classes.push_back(static_cast<int32_t>(c));
    if (f.classes.empty()) return;
    f.count = static_cast<int64_t>(f.classes.size());
    f.message = std::to_string(f.count) + " species do not have exactly " +
                std::to_string(o.valPerSpecies) + " val images";
    r.findings.push_back(std::move(f));
}

void absentClasses(const Dataset& ds, SplitCheckReport& r) {
    r.checksRun.push_back("absent-classes");
    for (Split split : {Split::Train, Split::Val}) {
        if (split == Split::Val && ds.imageCount(Split::Val) == 0) continue;  // no val split
        const auto counts = ds.classCounts(split);
        Finding f{std::string("absent-from-") + splitName(split), "warning", {}, 0, {}, {}};
        for (size_t c = 0; c < counts.size(); ++c)
            if (counts[c] == 0) f.classes.push_back(static_cast<int32_t>(c));
        if (f.classes.empty()) continue;
        f.count = static_cast<int64_t>(f.classes.size());
        f.message = std::to_string(f.count) + " classes have no " + splitName(split) +
                    " images, e.g. " + ds.categories[size_t(f.classes.front())].name;
        r.findings.push_back(std::move(f));
    }
}

void duplicateFiles(const Dataset& ds, SplitCheckReport& r, const ProgressFn& progress) {
    r.checksRun.push_back("duplicate-files");
    const auto groups = crossSplitDuplicates(ds, progress);
    if (groups.empty()) return;
    Finding f{"duplicate-files", "warning", {}, static_cast<int64_t>(groups.size()), {}, {}};
    for (const auto& g : groups)
        for (int32_t i : g)
            f.imageIds.push_back(ds.images[size_t(i)].id);
    const auto& first = groups.front();
    f.message = std::to_string(groups.size()) +
                " files appear in more than one split with the same content, e.g. " +
                std::string(ds.fileName(ds.images[size_t(first[0])])) + " = " +
                std::string(ds.fileName(ds.images[size_t(first[1])]));
    r.findings.push_back(std::move(f));
}

// Notes about the files that do not make the data wrong.
bool isWarning(const std::string& kind) {
    return kind == "cross-split-image-id" || kind == "ignored-files";
}

void loadIssues(const Dataset& ds, SplitCheckReport& r) {
    r.checksRun.push_back("references");
    std::map<std::string, Finding> byKind;
    for (const auto& issue : ds.issues) {
        Finding& f = byKind[issue.kind];
        if (f.kind.empty()) {
            f.kind = issue.kind;
            f.severity = isWarning(issue.kind) ? "warning" : "error";
            f.message = issue.message;  // the first, as an example
        }
        ++f.count;
        if (issue.id >= 0) f.imageIds.push_back(issue.id);
    }
    for (auto& [kind, f] : byKind) {
        if (f.count > 1) f.message = std::to_string(f.count) + " x " + kind + ", e.g. " + f.message;
        r.findings.push_back(std::move(f));
    }
}

// The splits each photographer has images in. A user id (locations file) identifies a
// photographer better than a credited name. Credited names are dense indices and go in a
// vector; user ids are sparse and go in a hash map only when a dataset has them (hashing all
// 600k images of the full set was the slowest part of `stats`).
class SplitMasks {
  public:
    explicit SplitMasks(const Dataset& ds) : ds_(ds), byName_(ds.photographers.size(), 0) {}

    /// The mask of an image's photographer, or nullptr when the image says nothing of them.
    unsigned* of(const ImageRecord& im) {
        const Location* loc = ds_.location(im);
        if (loc && loc->userId >= 0) return &byUser_[loc->userId];
        if (im.photographer >= 0) return &byName_[static_cast<size_t>(im.photographer)];
        return nullptr;
    }
    /// Photographers with images in more than one split.
    int64_t shared() const {
        auto many = [](unsigned mask) { return (mask & (mask - 1)) != 0; };
        int64_t n = std::count_if(byName_.begin(), byName_.end(), many);
        for (const auto& entry : byUser_)
            n += many(entry.second);
        return n;
    }

  private:
    const Dataset& ds_;
    std::vector<unsigned> byName_;
    std::unordered_map<int64_t, unsigned> byUser_;
};

void photographers(const Dataset& ds, SplitCheckReport& r) {
    r.checksRun.push_back("photographers");
    SplitMasks masks(ds);
    for (const auto& im : ds.images)
        if (unsigned* mask = masks.of(im)) *mask |= 1u << static_cast<unsigned>(im.split);
    const int64_t shared = masks.shared();
    if (shared == 0) return;
    Finding f{"photographers", "warning", {}, shared, {}, {}};
    for (const auto& im : ds.images) {
        const unsigned* mask = masks.of(im);
        if (mask && (*mask & (*mask - 1))) f.imageIds.push_back(im.id);
    }
    f.message = std::to_string(shared) + " photographers have images in more than one split (" +
                std::to_string(f.imageIds.size()) + " images)";
    r.findings.push_back(std::move(f));
}

void missingFiles(const Dataset& ds, SplitCheckReport& r, const ProgressFn& progress) {
    r.checksRun.push_back("files");
    Finding f{"missing-files", "error", {}, 0, {}, {}};
    const auto n = static_cast<int64_t>(ds.images.size());
    const ImageRecord* first = nullptr;
    std::error_code ec;
    for (int64_t i = 0; i < n; ++i) {
        if (i % 2048 == 0) reportOrCancel(progress, "Checking image files", i, n);
        const ImageRecord& im = ds.images[static_cast<size_t>(i)];
        if (!std::filesystem::is_regular_file(joinInside(ds.root, ds.fileName(im)), ec)) {
            if (!first) first = &im;
            f.imageIds.push_back(im.id);
        }
    }
    reportOrCancel(progress, "Checking image files", n, n);
    if (!first) return;
    f.count = static_cast<int64_t>(f.imageIds.size());
    f.message = std::to_string(f.count) + " image files are missing, e.g. " +
                std::string(ds.fileName(*first));
    r.findings.push_back(std::move(f));
}

}  // namespace

SplitCheckReport runSplitChecks(const Dataset& ds, const SplitCheckOptions& o,
                                const ProgressFn& progress) {
    SplitCheckReport r;
    classBounds(ds, o, r);
    valCounts(ds, o, r);
    if (o.absentClasses) absentClasses(ds, r);
    loadIssues(ds, r);
    if (!ds.photographers.empty() || ds.hasLocations) photographers(ds, r);  // else unknowable
    if (o.checkFiles) missingFiles(ds, r, progress);
    if (o.duplicateFiles) duplicateFiles(ds, r, progress);
    return r;
}

}  // namespace taxa
