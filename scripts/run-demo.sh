#!/usr/bin/env bash
# One command on a fresh Debian 12 or 13 machine: install what is missing, build, write the demo
# dataset (once) and open it in the app. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
# Relative paths in ccache's keys let a fresh clone elsewhere reuse earlier builds.
export CCACHE_BASEDIR="$PWD"
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
demo="${XDG_DATA_HOME:-$HOME/.local/share}/taxa-workbench/demo"
[ -f "$demo/train2018.json" ] || build/release/app/cli/taxa-cli demo --out "$demo"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "run-demo: no display found (DISPLAY and WAYLAND_DISPLAY are unset); start it from a desktop session" >&2
  exit 1
fi
exec build/release/app/gui/taxa "$demo" "$@"
