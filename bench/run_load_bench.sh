#!/usr/bin/env bash
# Load benchmark: our loader (bench_load) against Python's json.load building the same index
# (load_bench.py, Debian's python3), on the full-scale metadata set, same machine, same run.
# Each side runs in fresh processes; the best of RUNS is kept. Prints a ratio.
# Usage: bench/run_load_bench.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
runs=${2:-3}
data=${TAXA_BENCH_DATA:-/tmp/taxa-bench-full}
if [ ! -f "$data/train2018.json" ]; then
  "$build/app/cli/taxa-cli" demo --out "$data" --full-scale --no-images
fi
cat "$data"/*.json > /dev/null  # page cache warm for both sides

# shellcheck source=bench/best_of.sh
. "$here/best_of.sh"
read -r ours ours_mb < <(best "$runs" "$build/bench/bench_load" "$data" 1)
read -r py py_mb < <(best "$runs" /usr/bin/python3 "$here/load_bench.py" "$data" 1)
python3 - "$ours" "$ours_mb" "$py" "$py_mb" <<'PY'
import sys
ours, ours_mb, py, py_mb = map(float, sys.argv[1:])
print(f"taxa loader   {ours:7.3f} s  peak {ours_mb:6.1f} MB")
print(f"python json   {py:7.3f} s  peak {py_mb:6.1f} MB")
print(f"speed-up      {py / ours:7.2f}x  (target >= 4x, peak <= 300 MB)")
PY
