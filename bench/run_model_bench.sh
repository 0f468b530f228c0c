#!/usr/bin/env bash
# Model benchmark: our LibTorch C++ code against PyTorch's Python API (Debian's python3-torch
# and python3-torchvision) with the same threads, in the same run. Ratio = Python time / ours:
# >= 1.0 means we are no slower. Ours is also measured with glibc's default allocator settings,
# to show what ReuseFreedMemory (core/util/MemoryPolicy.h) is worth.
#
# Timings on a shared 2-core VM come in two modes per process (the same code at 270 or 450 ms),
# so each side runs in ROUNDS fresh processes, interleaved, and the best median counts.
# Usage: bench/run_model_bench.sh [BUILD_DIR] [THREADS] [REPEATS] [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
threads=${2:-2}
repeats=${3:-15}
rounds=${4:-3}
results=()
for ((r = 0; r < rounds; ++r)); do
  results+=("ours=$("$build/bench/bench_model" "$threads" "$repeats")")
  results+=("python=$(/usr/bin/python3 "$here/model_bench.py" "$threads" "$repeats")")
  results+=("plain=$(TAXA_BENCH_MALLOC_DEFAULTS=1 "$build/bench/bench_model" "$threads" "$repeats")")
done
python3 - "$rounds" "${results[@]}" <<'PY'
import json, sys
best = {}
for arg in sys.argv[2:]:
    side, text = arg.split("=", 1)
    for key, value in json.loads(text).items():
        if key.endswith("_ms"):
            best.setdefault(side, {})[key] = min(value, best.get(side, {}).get(key, float("inf")))
ours, peer, plain = best["ours"], best["python"], best["plain"]
names = {"cov_14_ms": "iSQRT-COV fwd+bwd, 8x160x14x14", "cov_28_ms": "iSQRT-COV fwd+bwd, 8x160x28x28",
         "resnet18_step_ms": "ResNet-18 SGD step, 32x3x112x112",
         "classifier_8142_step_ms": "classifier SGD step, 32x2048->8142"}
for key, label in names.items():
    print(f"{label:34s} taxa {ours[key]:7.1f} ms  python {peer[key]:7.1f} ms  ratio {peer[key] / ours[key]:4.2f}"
          f" (target >= 1.0) | malloc defaults {plain[key]:7.1f} ms, ratio {peer[key] / plain[key]:4.2f}")
print(f"best median of {sys.argv[1]} processes per side")
PY
