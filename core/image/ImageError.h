#pragma once
/// @file ImageError.h
/// @brief Why an image could not be used; loaders count these per kind and carry on.

#include <cstdint>
#include <string>

#include "util/Error.h"

namespace taxa {

/// @brief Kinds of bad image, for counting and reporting.
enum class BadImageKind { Missing, Empty, Truncated, NotAnImage, TooLarge, Corrupt };

/// @brief Stable lower-case name of a kind ("missing", "empty", ...).
const char* badImageKindName(BadImageKind kind);

/// @brief Refuses an image of @p width x @p height: no pixels (Corrupt), or more than
/// @p maxPixels (TooLarge, a decompression bomb's header). Sides of up to 2^32 do not overflow.
void checkImageSize(int64_t width, int64_t height, int64_t maxPixels);

/// @brief An image that cannot be decoded; what() is one line for a person.
class ImageError : public Error {
  public:
    ImageError(BadImageKind kind, const std::string& message) : Error(message), kind_(kind) {}
    BadImageKind kind() const { return kind_; }

  private:
    BadImageKind kind_;
};

}  // namespace taxa
