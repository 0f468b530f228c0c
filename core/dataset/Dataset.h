#pragma once
/// @file Dataset.h
/// @brief The in-memory form of an iNaturalist dataset: categories, images, labels, findings.

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dataset/IdIndex.h"

namespace taxa {

/// @brief The three competition splits.
enum class Split : uint8_t { Train = 0, Val = 1, Test = 2 };
/// @brief Number of splits, for per-split arrays.
constexpr int kSplitCount = 3;
/// @brief Lower-case split name as used in file names and output ("train", "val", "test").
const char* splitName(Split s);

/// @brief The six ranks above species, in order; species is the category itself.
constexpr int kAboveSpeciesRanks = 6;

/// @brief One category (a species in 2018) with its taxonomic path.
struct Category {
    int64_t id = 0;             ///< Category id as written in the annotation files.
    std::string name;           ///< Species name (un-obfuscated when categories.json is present).
    std::string supercategory;  ///< One of the 14 iNat 2018 supercategories, or the 2017/2021 one.
    /// Kingdom, phylum, class, order, family, genus; empty where a file does not give the rank.
    std::array<std::string, kAboveSpeciesRanks> ranks;
};

/// @brief Where and when a photo was taken, and by which user (locations files; 2021 images).
struct Location {
    float lat = NAN;      ///< Degrees, NaN when unknown.
    float lon = NAN;      ///< Degrees, NaN when unknown.
    int64_t userId = -1;  ///< -1 when unknown.
    std::string date;     ///< As written in the files, empty when unknown.
};

/// @brief One image from any split. Kept to 40 bytes because a release has up to 2.7 million:
/// strings live in the Dataset (see Dataset::fileName()).
struct ImageRecord {
    int64_t id = 0;
    uint32_t nameOffset = 0;  ///< Into Dataset::names.
    uint16_t nameLength = 0;
    Split split = Split::Train;
    int32_t width = 0;
    int32_t height = 0;
    int32_t label = -1;         ///< Contiguous class index, -1 when unlabelled (test).
    int32_t photographer = -1;  ///< Into Dataset::photographers, -1 when not credited.
    int32_t location = -1;      ///< Into Dataset::locations, -1 when unknown.
    int32_t license = -1;       ///< -1 when not given.
};
static_assert(sizeof(ImageRecord) == 40, "a 2021 train set has 2.7 million image records");

/// @brief A referential problem found while loading leniently (strict loading throws instead).
struct LoadIssue {
    std::string kind;     ///< Stable key, e.g. "dangling-annotation-image".
    std::string message;  ///< One line naming the file and entry.
    int64_t id = -1;      ///< The offending entry's id when it has one.
};

/// @brief How a dataset is laid out on disk: an iNaturalist competition year's annotation files,
/// folders of classes, or the text lists of CUB-200-2011 and NABirds.
enum class Layout {
    Inat2017,
    Inat2018,
    Inat2019,
    Inat2021,
    Inat2021Mini,  ///< 2021 with train_mini.json (50 train images per species) as train.
    Folders,       ///< train/<class>/*.jpg (and val/), or one folder split by a seeded fraction.
    Cub,           ///< CUB-200-2011: images.txt, image_class_labels.txt, train_test_split.txt...
    NaBirds,       ///< NABirds: the CUB files plus hierarchy.txt, sizes.txt, photographers.txt.
};

/// @brief A bounding box in image pixels: top-left corner and size (CUB, NABirds).
struct BoundingBox {
    float x = 0, y = 0, width = 0, height = 0;
    bool valid() const { return width > 0 && height > 0; }
};

/// @brief A val split drawn from the train images when the files define none: per class, the
/// share @p valFraction of its images, chosen by a seeded hash of each file's path.
struct DerivedSplit {
    double valFraction = 0;  ///< 0 when the dataset's own files give the split.
    uint64_t seed = 0;
    bool active() const { return valFraction > 0; }
};

/// @brief A loaded dataset. Categories are sorted by id; a category's index in that order is its
/// contiguous class index, used as the label everywhere else.
struct Dataset {
    std::string root;  ///< Folder image paths are resolved in.
    Layout layout = Layout::Inat2018;
    std::vector<Category> categories;
    std::vector<ImageRecord> images;         ///< Train, then val, then test, each in file order.
    std::string names;                       ///< File names of all images, back to back.
    std::vector<std::string> photographers;  ///< Distinct rights holders.
    std::vector<Location> locations;
    std::vector<LoadIssue>
        issues;  ///< Filled by lenient loading, and by id collisions across splits.
    bool hasLocations = false;
    /// One per image (same index as images) when the files give boxes, else empty.
    std::vector<BoundingBox> boxes;
    /// Display names of the ranks, root to class (Taxonomy's Rank order); an empty entry takes
    /// the iNaturalist name ("kingdom", ..., "species").
    std::array<std::string, kAboveSpeciesRanks + 2> rankNames;
    /// iNaturalist files name every rank, so an empty one (2017) is filled ("Unknown family",
    /// the genus from a binomial name). Other layouts leave ranks they lack empty, and the
    /// taxonomy then hangs a node from the nearest rank above it.
    bool fillMissingRanks = true;
    DerivedSplit derivedSplit;  ///< How val was drawn from train, if the files give no val.

    /// @brief Path of an image relative to root; checked at load not to escape it.
    std::string_view fileName(const ImageRecord& im) const {
        return std::string_view(names).substr(im.nameOffset, im.nameLength);
    }
    /// @brief Credited photographer, or "" when none.
    std::string_view rightsHolder(const ImageRecord& im) const {
        return im.photographer < 0
                   ? std::string_view()
                   : std::string_view(photographers[static_cast<size_t>(im.photographer)]);
    }
    /// @brief Location metadata, or nullptr when unknown.
    const Location* location(const ImageRecord& im) const {
        return im.location < 0 ? nullptr : &locations[static_cast<size_t>(im.location)];
    }
    /// @brief The bounding box of the image at @p index, or nullptr when it has none.
    const BoundingBox* box(size_t index) const {
        return index < boxes.size() && boxes[index].valid() ? &boxes[index] : nullptr;
    }
    /// @brief Appends a file name to names and points @p im at it.
    void setFileName(ImageRecord& im, std::string_view name);

    /// @brief Images per class in one split (test is unlabelled and so all zero).
    std::vector<int64_t> classCounts(Split s) const;
    /// @brief classCounts() of every split, in one pass over the images.
    std::array<std::vector<int64_t>, kSplitCount> classCountsBySplit() const;
    /// @brief Number of images in one split.
    int64_t imageCount(Split s) const;
    /// @brief Class index of a category id, or -1.
    int32_t classOf(int64_t categoryId) const;

    /// @brief Rebuilds the id -> class look-up; loaders call it once categories are final.
    void indexCategories();

  private:
    IdIndex classIndex_;
};

}  // namespace taxa
