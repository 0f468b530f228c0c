#!/usr/bin/env bash
# Builds the Debian package from this checkout: build/release/taxa-workbench_<version>_<arch>.deb.
# Install it with `sudo dpkg -i build/release/taxa-workbench_*.deb` (then `sudo apt-get -f install`
# if a runtime library is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
# Relative paths in ccache's keys let a fresh clone elsewhere reuse earlier builds.
export CCACHE_BASEDIR="$PWD"
scripts/install-deps.sh
command -v dpkg-shlibdeps > /dev/null || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get install -y -qq dpkg-dev; }
cmake --preset release
cmake --build --preset release
(cd build/release && cpack -G DEB)
ls -1 build/release/*.deb
