#!/usr/bin/env bash
# "Why" benchmark (issue 15): bench_why (the engine's saliency, the look-alike query) against
# why_bench.py (PyTorch's Python API and torchvision; NumPy) on the same photo and the same
# vectors, same threads, same run. Checks that both found the same look-alikes, then prints
# the times and ratios (Python time / ours: >= 1 means ours is no slower).
# Timings on the shared 2-core VM change several-fold between processes, so each side runs in
# ROUNDS fresh processes, interleaved, and the best of each counts.
# Usage: bench/run_why_bench.sh [BUILD_DIR] [THREADS] [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
threads=${2:-2}
rounds=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=()
for ((r = 0; r < rounds; ++r)); do
  ours=$("$build/bench/bench_why" "$work" "$threads")
  peer=$(echo "$ours" | OPENBLAS_NUM_THREADS=$threads OMP_NUM_THREADS=$threads \
    /usr/bin/python3 "$here/why_bench.py" "$work" "$threads")
  results+=("$ours" "$peer")
done
/usr/bin/python3 - "${results[@]}" <<'PY'
import json, sys
runs = [json.loads(a) for a in sys.argv[1:]]
ours, peer = {}, {}
for i, r in enumerate(runs):
    side = ours if i % 2 == 0 else peer
    for key, value in r.items():
        if key.endswith("_ms"):
            side[key] = min(value, side.get(key, float("inf")))
        else:
            side[key] = value
    if i % 2:
        assert runs[i - 1]["top"] == r["top"], f"look-alikes differ: {runs[i - 1]['top']} vs {r['top']}"
print(f"{'saliency of one val photo':<44}{'ours ms':>9}{'python ms':>11}{'ratio':>7}")
for key, name in (("quick", "quick-cpu (ResNet-18, crop 64)"), ("wide", "ResNet-50, crop 224")):
    print(f"{name:<44}{ours[key + '_ms']:9.1f}{peer[key + '_ms']:11.1f}"
          f"{peer[key + '_ms'] / ours[key + '_ms']:6.1f}x   (first call, loading: {ours[key + '_cold_ms']:.0f} ms)")
print(f"{'look-alikes: top 10 of %d x 256 fp16' % ours['rows']:<44}{ours['nn_ms']:9.1f}{peer['nn_ms']:11.1f}"
      f"{peer['nn_ms'] / ours['nn_ms']:6.1f}x   (target 50 ms; same top 10)")
print(f"{'  NumPy on a float32 copy (2x memory)':<44}{'':9}{peer['nn_f32_ms']:11.1f}"
      f"{peer['nn_f32_ms'] / ours['nn_ms']:6.1f}x")
print(f"{'  one class (54 images)':<44}{ours['nn_class_ms']:9.3f}")
print(f"best of {len(runs) // 2} processes per side")
PY
