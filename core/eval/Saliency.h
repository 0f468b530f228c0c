#pragma once
/// @file Saliency.h
/// @brief The engine's saliency map (see SaliencyTypes.h for what it shows and why). Engine
/// only: programs ask for it through engine::Api::saliency.

#include "dataset/Dataset.h"
#include "eval/SaliencyTypes.h"

namespace taxa {

/// @brief The map of @p request on @p ds with the centre view that predict() uses. The
/// checkpoint stays loaded for the next call with the same file. Throws taxa::Error naming
/// the file for a bad checkpoint, image or class.
SaliencyMap saliency(const Dataset& ds, const SaliencyRequest& request);

}  // namespace taxa
