#!/usr/bin/env bash
# Builds the Debian packages from this checkout for the Debian release it runs on (12 or 13),
# in build/release:
#   taxa-workbench_<version>_<arch>.deb          taxa, taxa-cli, desktop entry, icon, man page
#   taxa-workbench-engine_<version>_<arch>.deb   the ML engine on Debian's CPU LibTorch, or
#   taxa-workbench-engine-cuda_<version>_<arch>.deb   on Debian 13 with Debian's CUDA LibTorch
#                                                (scripts/install-deps.sh --cuda), instead
# Install them with `sudo apt install ./build/release/taxa-workbench*.deb`.
set -euo pipefail
cd "$(dirname "$0")/.."
# Relative paths in ccache's keys let a fresh clone elsewhere reuse earlier builds.
export CCACHE_BASEDIR="$PWD"
cuda=""
dpkg-query -W -f='${Status}' libtorch-cuda-dev 2> /dev/null | grep -q "install ok installed" && cuda=--cuda
scripts/install-deps.sh $cuda --packaging
cmake --preset release
cmake --build --preset release
rm -f build/release/taxa-workbench*.deb
(cd build/release && cpack -G DEB)
ls -1 build/release/*.deb
