#pragma once
/// @file SafePath.h
/// @brief Resolving annotation paths inside a dataset root without letting them escape it.

#include <string>
#include <string_view>

namespace taxa {

/// @brief Why a relative path from an annotation file is refused, or an empty string if it is
/// acceptable: it must be non-empty, relative, free of NUL bytes and of ".." components.
std::string unsafeRelativePathReason(std::string_view relative);

/// @brief Joins @p root and a relative path already accepted by unsafeRelativePathReason().
std::string joinInside(const std::string& root, std::string_view relative);

}  // namespace taxa
