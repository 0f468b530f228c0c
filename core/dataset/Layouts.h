#pragma once
/// @file Layouts.h
/// @brief Names of the dataset layouts (for `--layout`, output and titles) and what each
/// competition ranks by: the metric follows the dataset, and so does the Kaggle submission.

#include <string>
#include <vector>

#include "dataset/Dataset.h"

namespace taxa {

/// @brief Short stable name as written in `stats --json` ("2018", "2021-mini", "folders",
/// "cub", "nabirds").
const char* layoutName(Layout layout);

/// @brief Name for people: "iNaturalist 2018", "Folders of classes", "CUB-200-2011", "NABirds".
const char* layoutTitle(Layout layout);

/// @brief The `--layout` name of a layout ("inat2018", "folders", ...).
const char* layoutOptionName(Layout layout);

/// @brief The names `--layout` accepts, one per layout ("inat2017", ..., "inat2021-mini",
/// "folders", "cub", "nabirds").
const std::vector<std::string>& layoutOptionNames();

/// @brief Parses a `--layout` name (also the layoutName() forms, case-insensitive). Throws
/// taxa::Error listing the accepted names.
Layout parseLayout(const std::string& name);

/// @brief What a competition (or, for other datasets, the usual benchmark) ranks by, and the
/// shape of its submission file.
struct Competition {
    const char* name;       ///< "iNat 2018", or "" for datasets without a competition.
    int metricTopK;         ///< The metric is top-k error with this k (1, 3 or 5).
    int submissionLabels;   ///< Category ids per submission row.
    const char* csvHeader;  ///< "id,predicted" or (2021) "Id,Predicted".
};

/// @brief 2017: top-5 error, 5 labels; 2018: top-3, 3 labels; 2019: top-1, 1 label; 2021:
/// top-1, 5 labels (the others are studied, not scored); other layouts: top-1 error with the
/// 2018 file shape (3 labels), so top-3 can be measured too.
Competition competitionOf(Layout layout);

/// @brief "top-1 error", "top-3 error" or "top-5 error".
std::string metricName(int topK);

/// @brief The JSON key of a top-k error: "top1_error", "top3_error", "top5_error".
std::string metricKey(int topK);

}  // namespace taxa
