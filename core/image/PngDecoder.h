#pragma once
/// @file PngDecoder.h
/// @brief PNG decoding through libspng (a small dedicated library: OpenCV's imgcodecs would
/// bring about 140 libraries into every program for it). Any colour type and bit depth comes
/// out as 8-bit RGB.

#include <cstddef>
#include <cstdint>
#include <opencv2/core.hpp>

#include "image/ImageDecoder.h"

namespace taxa {

/// @brief Whether @p data starts with the PNG signature.
bool isPngData(const uint8_t* data, size_t size);

/// @brief Size from the header. Throws ImageError (corrupt header, too large).
ImageSize pngSize(const uint8_t* data, size_t size, int64_t maxPixels);

/// @brief The whole image as 8-bit RGB; transparency is dropped, not blended. Throws
/// ImageError (corrupt or truncated data, bad CRC, too large) before inflating a bomb.
cv::Mat decodePng(const uint8_t* data, size_t size, int64_t maxPixels);

}  // namespace taxa
