#pragma once
/// @file ImageLibraries.h
/// @brief Versions of the image libraries the core runs on, for About dialogs and bug reports.

#include <string>

namespace taxa {

/// @brief e.g. "OpenCV 4.6.0, libjpeg-turbo 2.1.5, libspng 0.7.3".
std::string imageLibraryVersions();

}  // namespace taxa
