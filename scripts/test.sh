#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build everything and run
# every test (GUI tests run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
# Relative paths in ccache's keys let a fresh clone elsewhere reuse earlier builds.
export CCACHE_BASEDIR="$PWD"
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
ctest --preset release
