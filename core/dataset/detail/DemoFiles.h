#pragma once
// Internal to the demo generator: the rows it writes and the annotation, categories and
// locations files of the 2018, 2019 and 2021 layouts.

#include <cstdint>
#include <string>
#include <vector>

#include "dataset/DemoPlan.h"
#include "dataset/DemoRanges.h"

namespace taxa::detail {

/// One image to write.
struct DemoImageRow {
    int64_t id = 0;
    Split split = Split::Train;
    bool mini = false;  ///< A 2021 train_mini image (split Train).
    int32_t species = 0;
    int32_t width = 0;
    int32_t height = 0;
    int32_t license = 1;
    int64_t photographer = 0;  ///< Index into the photographer pool; user id is this + 1.
};

/// Which year's files to write: Layout::Inat2018, Inat2019 or Inat2021.
struct DemoFormat {
    Layout layout = Layout::Inat2018;
    uint64_t seed = 0;
    /// Where and when each species (in plan order) is seen; needed where locations are
    /// written (2017/2018 locations files, 2021 image entries).
    const std::vector<SpeciesRange>* ranges = nullptr;
};

/// The image's path in the dataset, in the year's folder scheme.
std::string demoFileName(const DemoImageRow& row, const PlannedSpecies& sp, const DemoFormat& f);

/// The annotation file of one split (for 2021 train, @p mini picks train_mini.json's rows).
std::string demoAnnotationFile(const std::vector<DemoImageRow>& rows, Split split, bool mini,
                               const std::vector<PlannedSpecies>& species, const DemoFormat& f);

/// categories.json: the real names (2018, 2019).
std::string demoCategoriesFile(const std::vector<PlannedSpecies>& species, const DemoFormat& f);

/// A 2017/2018-style locations file of one split.
std::string demoLocationsFile(const std::vector<DemoImageRow>& rows, Split split,
                              const DemoFormat& f);

}  // namespace taxa::detail
