#pragma once
/// @file BuildInfo.h
/// @brief Versions of the libraries the core runs on, for About dialogs and bug reports.
/// LibTorch-free, so the UI may include it.

#include <string>

namespace taxa {

/// @brief The LibTorch version compiled against, e.g. "1.13.1".
std::string libtorchVersion();
/// @brief The OpenCV version, e.g. "4.6.0".
std::string opencvVersion();
/// @brief Whether LibTorch can use a CUDA device here, and how many.
int cudaDeviceCount();
/// @brief Sets LibTorch's intra-op threads (Debian's build starts with one); 0 = all cores.
void setTorchThreads(int threads);

}  // namespace taxa
