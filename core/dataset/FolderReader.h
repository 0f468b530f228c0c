#pragma once
/// @file FolderReader.h
/// @brief Folders of classes, the layout torchvision's ImageFolder, Keras and Create ML read:
/// train/<class>/*.jpg and val/<class>/*.jpg (test/ unlabelled), or one folder of class
/// folders with val drawn per class by a seeded fraction. Folders above a class folder become
/// ranks (up to six levels), so a tree such as Plantae/Asteraceae/Helianthus/<species>/ gives
/// a taxonomy with as many ranks as it has levels.

#include "dataset/DatasetLoader.h"

namespace taxa {

/// @brief Reads a folders-of-classes dataset (files.layout == Layout::Folders). Class ids are
/// 0..K-1 in the order of the classes' paths; image ids count through train, val and test in
/// listing order. Classes missing from a split are left to the split checks. Throws
/// taxa::Error naming the folder or file for an image outside a class folder, a folder holding
/// both images and folders, nesting deeper than seven levels, or no images at all.
Dataset readFolderDataset(const DatasetFiles& files, const ProgressFn& progress = {});

}  // namespace taxa
