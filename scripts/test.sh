#!/usr/bin/env bash
# One command on a fresh Debian 12 or 13 machine: install what is missing, build everything and run
# every test (GUI tests run offscreen), then the core tests under ASan + UBSan and a short pass
# of every fuzzer (FUZZ_SECONDS each, default 20; about 10 minutes more on two cores, see
# docs/RELIABILITY.md). TAXA_SKIP_SANITIZERS=1 leaves those two out. TAXA_DEBIAN13=engine|all
# then builds and tests in a Debian 13 root as well
# (scripts/debian13-check.sh: needs root; the root is made once and reused).
set -euo pipefail
cd "$(dirname "$0")/.."
# Relative paths in ccache's keys let a fresh clone elsewhere reuse earlier builds.
export CCACHE_BASEDIR="$PWD"
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
ctest --preset release
if [ "${TAXA_SKIP_SANITIZERS:-0}" != 1 ]; then
  scripts/sanitize.sh asan
  scripts/fuzz.sh all "${FUZZ_SECONDS:-20}"
fi
if [ -n "${TAXA_DEBIAN13:-}" ]; then
  TAXA_DEBIAN13_SCOPE="$TAXA_DEBIAN13" scripts/debian13-check.sh
fi
