#pragma once
/// @file AnnotationReader.h
/// @brief Parsers for the single files of an iNaturalist release (COCO-style annotation files,
/// the un-obfuscated categories.json and the locations files). Unknown fields are ignored; a
/// missing or mistyped required field throws taxa::Error naming the file, entry and field.

#include <string>
#include <string_view>
#include <vector>

#include "dataset/Dataset.h"
#include "util/StringInterner.h"

namespace taxa {

/// @brief An annotation as written: which image shows which category.
struct RawAnnotation {
    int64_t id = 0;
    int64_t imageId = 0;
    int64_t categoryId = 0;
};

/// @brief Where parsed images put their strings: the dataset's name arena, photographer table
/// and locations, shared by all files of a dataset.
class ImageSink {
  public:
    explicit ImageSink(Dataset& ds) : ds_(ds), photographers_(ds.photographers) {}
    Dataset& dataset() { return ds_; }
    /// @brief Index of a photographer in Dataset::photographers, added if new.
    int32_t photographer(std::string_view name) { return photographers_.intern(name); }

  private:
    Dataset& ds_;
    StringInterner photographers_;
};

/// @brief The content of one annotation file (train, val or test).
struct AnnotationFile {
    std::vector<ImageRecord> images;  ///< With split set, label still -1; strings in the sink.
    std::vector<RawAnnotation> annotations;
    std::vector<Category> categories;
};

/// @brief Location metadata of one image (2017/2018 locations files).
struct LocationRecord {
    int64_t id = 0;
    float lat = NAN;
    float lon = NAN;
    std::string date;
    int64_t userId = -1;
};

/// @brief Largest accepted image side; larger values are treated as corrupt metadata.
constexpr int kMaxImageSide = 100000;

/// @brief Whether a file's own category list is read, or replaced by categories.json (then it
/// is skipped: the competition files' obfuscated lists may lack the rank fields).
enum class CategoryList { Used, Replaced };

/// @brief Parses an annotation file. @p label names the file in messages.
AnnotationFile readAnnotationFile(const std::string& path, const std::string& label, Layout layout,
                                  Split split, ImageSink& sink,
                                  CategoryList categories = CategoryList::Used);

/// @brief Parses categories.json: a list of categories (or an object with a "categories" list).
std::vector<Category> readCategoriesFile(const std::string& path, const std::string& label,
                                         Layout layout);

/// @brief Parses a locations file: a list of {id, lat, lon, date, user_id}.
std::vector<LocationRecord> readLocationsFile(const std::string& path, const std::string& label);

/// @brief readAnnotationFile() of JSON held in memory.
AnnotationFile parseAnnotationText(std::string_view json, const std::string& label, Layout layout,
                                   Split split, ImageSink& sink,
                                   CategoryList categories = CategoryList::Used);
/// @brief readCategoriesFile() of JSON held in memory.
std::vector<Category> parseCategoriesText(std::string_view json, const std::string& label,
                                          Layout layout);
/// @brief readLocationsFile() of JSON held in memory.
std::vector<LocationRecord> parseLocationsText(std::string_view json, const std::string& label);

}  // namespace taxa
