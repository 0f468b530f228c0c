#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build everything and run
# every test (GUI tests run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
ctest --preset release
