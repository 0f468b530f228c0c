#!/usr/bin/env bash
# "Why" benchmark (issue 15): bench_why (the engine's saliency, the look-alike query) against
# why_bench.py (PyTorch's Python API and torchvision; NumPy) on the same photo and the same
# vectors, same threads, same run. Checks that both found the same look-alikes, then prints
# the times and ratios (Python time / ours: >= 1 means ours is no slower).
# Usage: bench/run_why_bench.sh [BUILD_DIR] [THREADS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
threads=${2:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ours=$("$build/bench/bench_why" "$work" "$threads")
peer=$(echo "$ours" | OPENBLAS_NUM_THREADS=$threads OMP_NUM_THREADS=$threads \
  /usr/bin/python3 "$here/why_bench.py" "$work" "$threads")
/usr/bin/python3 - "$ours" "$peer" <<'PY'
import json, sys
ours, peer = (json.loads(a) for a in sys.argv[1:])
assert ours["top"] == peer["top"], f"look-alikes differ: {ours['top']} vs {peer['top']}"
print(f"{'saliency of one val photo':<44}{'ours ms':>9}{'python ms':>11}{'ratio':>7}")
for key, name in (("quick", "quick-cpu (ResNet-18, crop 64)"), ("wide", "ResNet-50, crop 224")):
    print(f"{name:<44}{ours[key + '_ms']:9.1f}{peer[key + '_ms']:11.1f}"
          f"{peer[key + '_ms'] / ours[key + '_ms']:6.1f}x   (first call, loading: {ours[key + '_cold_ms']:.0f} ms)")
print(f"{'look-alikes: top 10 of %d x 256 fp16' % ours['rows']:<44}{ours['nn_ms']:9.1f}{peer['nn_ms']:11.1f}"
      f"{peer['nn_ms'] / ours['nn_ms']:6.1f}x   (target 50 ms; same top 10)")
print(f"{'  NumPy on a float32 copy (2x memory)':<44}{'':9}{peer['nn_f32_ms']:11.1f}"
      f"{peer['nn_f32_ms'] / ours['nn_ms']:6.1f}x")
print(f"{'  one class (54 images)':<44}{ours['nn_class_ms']:9.3f}")
PY
