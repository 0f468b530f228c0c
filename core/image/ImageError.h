#pragma once
/// @file ImageError.h
/// @brief Why an image could not be used; loaders count these per kind and carry on.

#include <string>

#include "util/Error.h"

namespace taxa {

/// @brief Kinds of bad image, for counting and reporting.
enum class BadImageKind { Missing, Empty, Truncated, NotAnImage, TooLarge, Corrupt };

/// @brief Stable lower-case name of a kind ("missing", "empty", ...).
const char* badImageKindName(BadImageKind kind);

/// @brief An image that cannot be decoded; what() is one line for a person.
class ImageError : public Error {
  public:
    ImageError(BadImageKind kind, const std::string& message) : Error(message), kind_(kind) {}
    BadImageKind kind() const { return kind_; }

  private:
    BadImageKind kind_;
};

}  // namespace taxa
