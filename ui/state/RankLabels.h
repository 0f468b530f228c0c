#pragma once
/// @file RankLabels.h
/// @brief The names of taxonomic ranks as every view shows them, localised.

#include <QString>

#include "dataset/Taxonomy.h"

/// @brief Localised display name of a rank value (the iNaturalist ranks).
QString rankLabel(int rank);
/// @brief The name a dataset gives a rank: the iNaturalist names, or for folders of classes and
/// NABirds "level 1", "level 2", ... and "class".
QString rankLabel(const taxa::Taxonomy& tax, int rank);
