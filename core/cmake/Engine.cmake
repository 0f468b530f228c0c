# The LibTorch the ML engine builds against. Debian's (1.13, CPU-only) by default; another one,
# e.g. LibTorch 2.x with CUDA from pytorch.org or inside a pip `torch`, with
#   -DTorch_DIR=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')/Torch
find_package(Torch REQUIRED)
message(STATUS "ML engine: LibTorch ${Torch_VERSION} from ${Torch_DIR}")

# The engine module is loaded into programs built from the same sources; std::string must have
# one layout on both sides. A LibTorch built with the pre-C++11 ABI (older pip wheels, the
# "pre-cxx11" archives) forces that ABI on everything here, which Debian's Qt 6 cannot link.
if(TORCH_CXX_FLAGS MATCHES "_GLIBCXX_USE_CXX11_ABI=0")
  if(TAXA_BUILD_GUI)
    message(FATAL_ERROR
      "This LibTorch uses the pre-C++11 ABI, which Debian's Qt cannot be mixed with: configure "
      "with -DTAXA_BUILD_GUI=OFF (engine and CLI alone), or use a cxx11-ABI LibTorch")
  endif()
  add_compile_definitions(_GLIBCXX_USE_CXX11_ABI=0)
endif()

if(TORCH_CUDA_LIBRARIES OR CUDA_FOUND OR CUDAToolkit_FOUND)
  set(TAXA_TORCH_CUDA 1)
else()
  set(TAXA_TORCH_CUDA 0)
endif()
set(TAXA_ENGINE_OUTPUT_DIR ${CMAKE_BINARY_DIR}/lib)
