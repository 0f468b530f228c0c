#pragma once
/// @file ImageDecoder.h
/// @brief Decoding only what a crop needs. JPEGs go through libjpeg-turbo, which can shrink in
/// the DCT domain (to any eighth), skip the rows above a crop, stop after its last row and
/// decode only the iMCU columns it covers. PNGs go through libspng; other formats are refused
/// with a clear ImageError.

#include <cstddef>
#include <cstdint>
#include <opencv2/core.hpp>

namespace taxa {

/// @brief Default guard against decompression bombs (PIL's limit, about 89.5 megapixels).
constexpr int64_t kDefaultMaxPixels = 89478485;

/// @brief Pixel size of an encoded image.
struct ImageSize {
    int width = 0;
    int height = 0;
};

/// @brief A rectangle in source-image pixels (fractional allowed).
struct Box {
    double x = 0, y = 0, w = 0, h = 0;
};

/// @brief A decoded part of an image: @p rgb holds the source region @p box, scaled by
/// scaleX and scaleY (about scaleNum / 8 for JPEGs); source x maps to column
/// (x - box.x) * scaleX of rgb.
struct DecodedRegion {
    cv::Mat rgb;        ///< 8-bit, 3 channels, RGB order.
    double scaleX = 1;  ///< Decoded pixels per source pixel, horizontally.
    double scaleY = 1;  ///< Decoded pixels per source pixel, vertically.
    Box box;            ///< The region, in source pixels, that rgb covers (at least the box asked).
    int scaleNum = 8;   ///< DCT scale used, over 8 (8 for non-JPEG formats).
};

/// @brief Reads the size without decoding pixels. Throws ImageError (empty, not an image,
/// corrupt, too large).
ImageSize readImageSize(const uint8_t* data, size_t size, int64_t maxPixels = kDefaultMaxPixels);

/// @brief Decodes the part of an image covering @p box (source pixels), reduced as far as the
/// DCT allows while keeping at least @p minWidth x @p minHeight pixels for the box. Throws
/// ImageError for empty, truncated, non-image or oversized input.
DecodedRegion decodeRegion(const uint8_t* data, size_t size, const Box& box, int minWidth,
                           int minHeight, int64_t maxPixels = kDefaultMaxPixels);

/// @brief The DCT scale (numerator over 8, 1..8) decodeRegion picks for a box of
/// @p boxW x @p boxH source pixels that must keep @p minW x @p minH pixels.
int chooseJpegScale(double boxW, double boxH, int minW, int minH);

/// @brief Decodes the whole image at scaleNum/8 (JPEG; other formats at 1/1): the "decode
/// floor" the benchmarks compare against.
cv::Mat decodeWhole(const uint8_t* data, size_t size, int scaleNum,
                    int64_t maxPixels = kDefaultMaxPixels);

}  // namespace taxa
