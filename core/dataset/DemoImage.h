#pragma once
/// @file DemoImage.h
/// @brief Draws one synthetic specimen photo for the demo dataset and encodes it as JPEG.

#include <cstdint>
#include <vector>

#include "dataset/DemoPlan.h"

namespace taxa {

/// @brief Renders a JPEG of a species: habitat background, a body of the family's shape in the
/// genus colour, the species' pattern marks, with random pose, scale, light and clutter drawn
/// from @p seed. Same inputs, same bytes.
std::vector<unsigned char> renderDemoJpeg(const SpeciesTraits& traits, uint64_t seed, int width,
                                          int height, int quality = 90);

}  // namespace taxa
