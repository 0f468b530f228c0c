#!/usr/bin/env bash
# Installs the Debian 12 packages Taxa Workbench needs to build, test and run, skipping those
# already present (so it needs no network when nothing is missing). Uses sudo when not root.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev libqcustomplot-dev libqcustomplot2.1-qt6
  libopencv-dev libjpeg62-turbo-dev libspng-dev zlib1g-dev libsimdjson-dev nlohmann-json3-dev libcli11-dev libxxhash-dev
  libeigen3-dev libtorch-dev
  # LibTorch runs every linear layer on libblas.so.3: OpenBLAS instead of the reference BLAS
  # makes the 8,142-class classifier and the geographic prior about 20x faster
  # (bench/run_blas_bench.sh); the OpenMP build shares LibTorch's threads instead of adding its own.
  libopenblas0-openmp
  # ProcessGroupGloo.hpp includes Gloo's headers: data-parallel training on CPUs (issue 12).
  libgloo-dev
  # Half-precision conversions of the look-alike features (header-only use).
  libimath-dev
  # Approximate nearest neighbours for the feature map and near-duplicates (header-only).
  libhnswlib-dev
  # GSHHG coastlines for the maps, converted at build time (only the converter links netCDF).
  libnetcdf-dev gmt-gshhg-low
  # torchvision is the independent reference of the state-dict tests and the benchmarks' peer;
  # numpy the map benchmark's.
  python3 python3-torch python3-torchvision python3-numpy
  # The fuzzers and the sanitizer builds (scripts/fuzz.sh, scripts/sanitize.sh).
  clang-14 libfuzzer-14-dev libclang-rt-14-dev
)
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
