#!/usr/bin/env bash
# Loading benchmarks for the layouts beyond 2018, each against a Python peer building the same
# index in the same run (bench/layout_bench.py, Debian's python3); fresh processes, best of
# RUNS, caches warm for both sides. Prints ratios.
#   folders of classes: a tree of 100,000 empty files (10 x 10 groups of 20 classes, 45 train
#     and 5 val files each): our listing + indexing against an os.scandir walk
#   iNat 2021: the full-scale metadata (train.json 1.1 GB with 2,686,843 images, val.json)
#     against json.load
# Usage: bench/run_layout_bench.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
runs=${2:-3}
tree=${TAXA_BENCH_TREE:-/tmp/taxa-bench-tree}
data21=${TAXA_BENCH_2021:-/tmp/taxa-bench-2021}
[ -d "$tree/train" ] || python3 "$here/layout_bench.py" make-tree "$tree"
[ -f "$data21/train.json" ] || "$build/bench/make_bench_data" 2021 "$data21"

# shellcheck source=bench/best_of.sh
. "$here/best_of.sh"
report() {
  python3 - "$@" <<'PY'
import sys
name, ours, ours_mb, py, py_mb = sys.argv[1], *map(float, sys.argv[2:])
print(f"{name}")
print(f"  taxa loader   {ours:8.3f} s  peak {ours_mb:7.1f} MB")
print(f"  python        {py:8.3f} s  peak {py_mb:7.1f} MB")
print(f"  speed-up      {py / ours:8.2f}x")
PY
}

find "$tree" > /dev/null  # directory entries cached for both sides
read -r ours ours_mb < <(best "$runs" "$build/bench/bench_load" "$tree" 1 folders)
read -r py py_mb < <(best "$runs" /usr/bin/python3 "$here/layout_bench.py" folders "$tree" 1)
report "folders of classes, 100,000 files (listing + index)" "$ours" "$ours_mb" "$py" "$py_mb"

cat "$data21/train.json" "$data21/val.json" > /dev/null  # page cache warm for both sides
read -r ours ours_mb < <(best "$runs" "$build/bench/bench_load" "$data21" 1 inat2021)
# json.load of 1.1 GB takes tens of seconds and 4 GB: the peer runs at most twice.
read -r py py_mb < <(best $((runs < 2 ? runs : 2)) /usr/bin/python3 "$here/layout_bench.py" \
  inat2021 "$data21" 1)
report "iNat 2021 full-scale metadata, train.json + val.json (parse + index)" \
  "$ours" "$ours_mb" "$py" "$py_mb"
