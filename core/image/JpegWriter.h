#pragma once
/// @file JpegWriter.h
/// @brief JPEG encoding through libjpeg-turbo directly, so that writing the demo's photos does
/// not pull OpenCV's imgcodecs (and its ~140 libraries) into the programs.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace taxa {

/// @brief Byte order of the 3-channel pixels given to encodeJpeg().
enum class PixelOrder { Rgb, Bgr };

/// @brief Encodes 8-bit, 3-channel pixels (@p stride bytes per row) as a baseline JPEG of
/// @p quality (1..100). Same input, same bytes. Throws taxa::Error on bad arguments.
std::vector<unsigned char> encodeJpeg(const uint8_t* pixels, int width, int height, size_t stride,
                                      PixelOrder order, int quality);

}  // namespace taxa
