#!/usr/bin/env bash
# Error-analysis benchmark: bench_errors (C++) against errors_bench.py (NumPy, Debian's
# python3 with python3-numpy) on the same generated predictions for the full-scale val split,
# same machine, same run. Checks that both computed the same thing, then prints the ratios.
# Usage: bench/run_errors_bench.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
data=${TAXA_BENCH_DATA:-/tmp/taxa-bench-full}
if [ ! -f "$data/train2018.json" ]; then
  "$build/app/cli/taxa-cli" demo --out "$data" --full-scale --no-images
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ours=$("$build/bench/bench_errors" "$data" "$work")
peer=$(/usr/bin/python3 "$here/errors_bench.py" "$work")
/usr/bin/python3 - "$ours" "$peer" <<'PY'
import json, sys
ours, peer = (json.loads(a) for a in sys.argv[1:])
for key in ("images", "classes", "wrong", "top_errors", "levels"):
    assert ours[key] == peer[key], f"{key} differs: {ours[key]} vs {peer[key]}"
for key in ("ece", "group_ece_sum"):
    assert abs(ours[key] - peer[key]) < 1e-9, f"{key} differs: {ours[key]} vs {peer[key]}"
print(f"{ours['images']:,} val predictions over {ours['classes']:,} classes; "
      f"ECE {100 * ours['ece']:.2f}%, {ours['wrong']:,} wrong; both sides agree")
print(f"{'stage':<34}{'C++ ms':>9}{'NumPy ms':>10}{'ratio':>8}")
for key, name in (("ece_ms", "ECE: split, supercategories, buckets"),
                  ("errors_ms", "hardness, mistakenness, ranking"),
                  ("confusion_ms", "confusion: order + 7 levels")):
    print(f"{name:<34}{ours[key]:9.2f}{peer[key]:10.2f}{peer[key] / ours[key]:7.1f}x")
if ours["raster_ms"] >= 0:
    print(f"drawing all species into 800x800 px: {ours['raster_ms']:.2f} ms (GUI thread budget 16 ms)")
PY
