#pragma once
/// @file ImageListReader.h
/// @brief CUB-200-2011 and NABirds: space-separated text lists in the dataset folder, read from
/// memory maps. images.txt (`<image id> <path under images/>`), classes.txt (`<class id>
/// <name>`), image_class_labels.txt (`<image id> <class id>`), train_test_split.txt (`<image
/// id> <1 train | 0 test>`), and where present bounding_boxes.txt (`<image id> <x> <y> <width>
/// <height>`), sizes.txt (`<image id> <width> <height>`), photographers.txt (`<image id>
/// <name>`) and, for NABirds, hierarchy.txt (`<child class id> <parent class id>`).

#include "dataset/DatasetLoader.h"

namespace taxa {

/// @brief Reads a CUB-200-2011 or NABirds folder (files.layout Cub or NaBirds). The release's
/// labelled test split becomes Split::Val, which is what evaluation and fine-tuning use. Image
/// ids are the files' ids when all are integers (CUB), else line numbers of images.txt (NABirds
/// uses UUIDs). Classes are the leaves of hierarchy.txt (every class without it); the levels
/// above them become ranks. Malformed lines throw taxa::Error naming the file and line;
/// references to unknown images or classes follow @p options.strict.
Dataset readImageListDataset(const DatasetFiles& files, const LoadOptions& options,
                             const ProgressFn& progress = {});

}  // namespace taxa
