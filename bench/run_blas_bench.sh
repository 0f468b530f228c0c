#!/usr/bin/env bash
# What the system BLAS is worth: bench_model (our model code, bench/bench_model.cpp) run twice in
# the same session, once on the libblas.so.3 the system's alternatives choose (OpenBLAS once
# scripts/install-deps.sh has installed libopenblas0-openmp) and once with Debian's reference
# BLAS (libblas3) forced through LD_LIBRARY_PATH, as on a machine without OpenBLAS. LibTorch
# sends every linear layer and batched product there; convolutions go to oneDNN and barely move.
# Usage: bench/run_blas_bench.sh [BUILD_DIR] [THREADS] [REPEATS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
threads=${2:-2}
repeats=${3:-7}
reference=/usr/lib/$(gcc -print-multiarch)/blas
[ -f "$reference/libblas.so.3" ] || { echo "run_blas_bench: $reference/libblas.so.3 missing (apt install libblas3)"; exit 1; }
system=$(readlink -f "/usr/lib/$(gcc -print-multiarch)/libblas.so.3")
[ "$(dirname "$system")" != "$reference" ] ||
  { echo "run_blas_bench: the system BLAS is the reference one; install libopenblas0-openmp first"; exit 1; }
fast=$("$build/bench/bench_model" "$threads" "$repeats")
slow=$(LD_LIBRARY_PATH="$reference" "$build/bench/bench_model" "$threads" "$repeats")
python3 - "$system" "$fast" "$slow" <<'PY'
import json, sys
system, fast, slow = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
names = {"cov_14_ms": "iSQRT-COV fwd+bwd, 8x160x14x14", "cov_28_ms": "iSQRT-COV fwd+bwd, 8x160x28x28",
         "resnet18_step_ms": "ResNet-18 SGD step, 32x3x112x112",
         "classifier_8142_step_ms": "classifier SGD step, 32x2048->8142"}
print(f"system BLAS: {system}; peer: the reference BLAS (libblas3); {fast['threads']} threads")
for key, label in names.items():
    print(f"{label:36s} system {fast[key]:8.1f} ms  reference {slow[key]:8.1f} ms  ratio {slow[key] / fast[key]:5.1f}x")
PY
