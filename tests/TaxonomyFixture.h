#pragma once
// The dataset of TaxonomyDataset.h, loaded as the UI holds it.

#include <memory>
#include <string>

#include "TaxonomyDataset.h"
#include "state/LoadedDataset.h"

namespace fixtures {

/// taxonomyDataset(), with its taxonomy, checks and indexes.
inline std::shared_ptr<const LoadedDataset> taxonomyFixture(
    const std::string& root = "/nonexistent", bool sharedPhotographer = false) {
    return LoadedDataset::fromDataset(taxonomyDataset(root, sharedPhotographer));
}

}  // namespace fixtures
