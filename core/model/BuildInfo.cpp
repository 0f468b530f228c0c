#include "model/BuildInfo.h"

#include <torch/cuda.h>
#include <torch/version.h>

#include <opencv2/core/version.hpp>

namespace taxa {

std::string libtorchVersion() {
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." +
           std::to_string(TORCH_VERSION_PATCH);
}

std::string opencvVersion() {
    return CV_VERSION;
}

int cudaDeviceCount() {
    return torch::cuda::is_available() ? static_cast<int>(torch::cuda::device_count()) : 0;
}

}  // namespace taxa
