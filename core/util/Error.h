#pragma once
/// @file Error.h
/// @brief The one exception type core throws for bad input: its message is meant for a user.

#include <stdexcept>
#include <string>

namespace taxa {

/// @brief A user-facing error: one line naming the file, the entry and what is wrong.
class Error : public std::runtime_error {
  public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace taxa
