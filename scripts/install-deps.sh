#!/usr/bin/env bash
# Installs the packages Taxa Workbench needs to build, test and run on Debian 12 (bookworm) or
# Debian 13 (trixie), chosen by /etc/os-release, skipping those already present (so it needs no
# network when nothing is missing). Uses sudo when not root.
#   scripts/install-deps.sh          Debian's CPU LibTorch (1.13 on Debian 12, 2.6 on Debian 13)
#   scripts/install-deps.sh --cuda   Debian 13 only: Debian's CUDA LibTorch 2.6 instead (contrib
#                                    and non-free must be enabled in the apt sources)
#   --packaging (with either)        also what scripts/package.sh needs to make the .deb files
set -euo pipefail
cuda=0
packaging=0
for arg in "$@"; do
  case "$arg" in
    --cuda) cuda=1 ;;
    --packaging) packaging=1 ;;
    *) echo "usage: scripts/install-deps.sh [--cuda] [--packaging]" >&2; exit 2 ;;
  esac
done
. /etc/os-release
release="${VERSION_ID:-}"
case "$release" in
  12|13) ;;
  *) echo "install-deps: this script knows Debian 12 and 13; this is ${PRETTY_NAME:-unknown}" >&2
     exit 1 ;;
esac
# The clang of each release: libFuzzer and the sanitizer builds (scripts/fuzz.sh, sanitize.sh).
llvm=14
[ "$release" = 13 ] && llvm=19
packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev libqcustomplot-dev libqcustomplot2.1-qt6
  libopencv-dev libjpeg62-turbo-dev libspng-dev zlib1g-dev libsimdjson-dev nlohmann-json3-dev libcli11-dev libxxhash-dev
  libeigen3-dev
  # LibTorch runs every linear layer on libblas.so.3: OpenBLAS instead of the reference BLAS
  # makes the 8,142-class classifier and the geographic prior about 20x faster
  # (bench/run_blas_bench.sh); the OpenMP build shares LibTorch's threads instead of adding its own.
  libopenblas0-openmp
  # Half-precision conversions of the look-alike features (header-only use).
  libimath-dev
  # Approximate nearest neighbours for the feature map and near-duplicates (header-only).
  libhnswlib-dev
  # GSHHG coastlines for the maps, converted at build time (only the converter links netCDF).
  libnetcdf-dev gmt-gshhg-low
  # torchvision is the independent reference of the state-dict tests and the benchmarks' peer;
  # numpy the map benchmark's.
  python3 python3-torchvision python3-numpy
  # The fuzzers and the sanitizer builds (scripts/fuzz.sh, scripts/sanitize.sh).
  "clang-$llvm" "libfuzzer-$llvm-dev" "libclang-rt-$llvm-dev"
)
if [ $cuda = 1 ]; then
  if [ "$release" != 13 ]; then
    echo "install-deps: --cuda needs Debian 13 (Debian 12 has no CUDA LibTorch; see README.md)" >&2
    exit 1
  fi
  # Debian's CUDA LibTorch (contrib) conflicts with the CPU one, and with the CPU gloo that the
  # CPU LibTorch uses; nccl.h (ProcessGroupNCCL.hpp includes it) and the CUDA toolkit that
  # LibTorch's CMake files look for are in non-free.
  packages+=(libtorch-cuda-dev python3-torch-cuda libgloo-cuda-dev libnccl-dev nvidia-cuda-toolkit)
  # libtorch-cuda-2.6 depends on nvidia-cudnn, an installer that downloads cuDNN from NVIDIA
  # while it installs: apt alone is not enough on a machine without internet.
  dpkg-query -W -f='${Status}' nvidia-cudnn 2> /dev/null | grep -q "install ok installed" \
    || echo "install-deps: nvidia-cudnn downloads cuDNN from NVIDIA while it installs; without internet it fails, and the CUDA engine cannot load without libcudnn.so.9" >&2
else
  # ProcessGroupGloo.hpp includes Gloo's headers: data-parallel training on CPUs (issue 12).
  packages+=(libtorch-dev python3-torch libgloo-dev)
fi
# cpack's DEB generator reads the binaries' dependencies with dpkg-shlibdeps (dpkg-dev), and
# needs the file utility to find them: a fresh machine has neither.
if [ $packaging = 1 ]; then packages+=(dpkg-dev file); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
