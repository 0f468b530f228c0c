#pragma once
/// @file Printable.h
/// @brief Quoting bytes from an input file in a message: control characters written raw to a
/// terminal can move the cursor, recolour or retitle it, so they are escaped first.

#include <cstddef>
#include <string>
#include <string_view>

namespace taxa {

/// @brief @p text with control bytes (C0, DEL and the UTF-8 encoded C1 range) written as
/// \\xNN, cut to about @p maxBytes with "..." appended when longer.
std::string printable(std::string_view text, size_t maxBytes = 80);

}  // namespace taxa
