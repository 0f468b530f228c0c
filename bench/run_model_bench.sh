#!/usr/bin/env bash
# Model benchmark: our LibTorch C++ code against PyTorch's Python API (Debian's python3-torch
# and python3-torchvision) with the same threads, in the same run. Ratio = Python time / ours:
# >= 1.0 means we are no slower.
# Usage: bench/run_model_bench.sh [BUILD_DIR] [THREADS] [REPEATS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
threads=${2:-2}
repeats=${3:-15}
ours=$("$build/bench/bench_model" "$threads" "$repeats")
peer=$(/usr/bin/python3 "$here/model_bench.py" "$threads" "$repeats")
python3 - "$ours" "$peer" <<'PY'
import json, sys
ours, peer = (json.loads(a) for a in sys.argv[1:])
names = {"cov_14_ms": "iSQRT-COV fwd+bwd, 8x160x14x14", "cov_28_ms": "iSQRT-COV fwd+bwd, 8x160x28x28",
         "resnet18_step_ms": "ResNet-18 SGD step, 32x3x112x112"}
for key, label in names.items():
    print(f"{label:36s} taxa {ours[key]:8.2f} ms  python {peer[key]:8.2f} ms  ratio {peer[key] / ours[key]:4.2f} (target >= 1.0)")
print(f"threads: {ours['threads']}")
PY
