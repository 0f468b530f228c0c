#pragma once
// Internal to the readers of class trees (folders of classes, NABirds): how a tree of any depth
// up to seven levels fills the fixed rank slots of Category::ranks.

#include <string>
#include <vector>

#include "dataset/Dataset.h"

namespace taxa::detail {

/// Most levels above a class that a tree may have: the six slots kingdom..genus.
constexpr int kMaxLevels = kAboveSpeciesRanks;

/// Puts a class's ancestors (top first, at most @p levels) into the lowest @p levels slots of
/// c.ranks, top-aligned: a tree with 3 levels above its deepest class uses order, family and
/// genus, so the rank nearest a class of full depth is always the genus slot, and rank-of-error
/// and taxonomy-aware smoothing read it as they read an iNaturalist genus. A shallower class
/// leaves its lowest slots empty and hangs from its last ancestor.
void placeLevels(Category& c, const std::vector<std::string>& ancestors, int levels);

/// Names the slots used "level 1" (top) to "level N" and the class rank @p className, and marks
/// missing ranks as skipped rather than filled.
void nameLevels(Dataset& ds, int levels, const char* className);

/// The name of the dataset folder ("CUB_200_2011" for "/data/CUB_200_2011/" or, run there,
/// "."): the group of classes that no level above names.
std::string folderName(const std::string& root);

}  // namespace taxa::detail
