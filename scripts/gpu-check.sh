#!/usr/bin/env bash
# GPU check: builds the ML engine and taxa-cli against a CUDA LibTorch, runs the CUDA checks (bench/gpu_check: bf16 autocast, training steps,
# pinned loader batches, a checkpoint saved on the GPU resumed on the CPU and back, prediction
# with TTA) and prints the GPU benchmark: images/s of `taxa-cli train` against the same recipe
# in PyTorch's Python API (bench/train_bench.py: bf16 autocast, channels_last, the same number
# of loader workers), for ResNet-50 at 224 px, batch 128, and ResNet-152 + iSQRT-COV at 448 px,
# batch 32, on the demo data, with the share of time spent waiting for data.
#
# The CUDA LibTorch is Debian 13's when libtorch-cuda-dev is installed (scripts/install-deps.sh
# --cuda: apt alone, with python3-torch-cuda as the peer), else that of the Python `torch` on
# PATH (>= 2.4; PYTHON=... names another Python).
#
# Needs besides LibTorch (CUDA 12 or 13), CMake >= 3.22 and a C++17 compiler: ninja, the
# development files of OpenCV (core, imgproc), libjpeg-turbo, libspng, zlib, simdjson,
# nlohmann-json and CLI11 (Debian: scripts/install-deps.sh, or their .debs unpacked into a
# prefix named by CMAKE_PREFIX_PATH), gloo's headers for CPU data-parallel training (optional),
# and Python with torch, torchvision and Pillow for the peer. Finishes in about 8 minutes on
# one H200 with 16 cores.
#
# Usage: scripts/gpu-check.sh [--cpu] [OUT_DIR]
#   --cpu  the same end to end on the CPU with Debian's LibTorch, at toy sizes (no GPU needed)
set -euo pipefail
cd "$(dirname "$0")/.."
cpu=0
[ "${1:-}" = --cpu ] && cpu=1 && shift
out=${1:-${OUT:-/tmp/taxa-gpu-check}}
mkdir -p "$out"
export CCACHE_BASEDIR="$PWD"
jobs=$(nproc)
python=${PYTHON:-python3}

if [ $cpu = 1 ]; then
  build=build/gpu-check-cpu
  torch_args=()
  python=/usr/bin/python3  # Debian's python3-torch
  device=cpu
else
  build=build/gpu-check
  debian_cuda=0
  if [ -z "${PYTHON:-}" ] \
    && dpkg-query -W -f='${Status}' libtorch-cuda-dev 2> /dev/null | grep -q "install ok installed"; then
    debian_cuda=1
    python=/usr/bin/python3  # python3-torch-cuda, on the same libtorch-cuda-2.6
  fi
  read -r version prefix cuda abi < <("$python" -c 'import torch
print(torch.__version__.split("+")[0], torch.utils.cmake_prefix_path, torch.cuda.is_available(), int(torch.compiled_with_cxx11_abi()))')
  echo "torch $version (CUDA available: $cuda, C++11 ABI: $abi) from $prefix"
  "$python" -c "import sys; v=tuple(map(int, '$version'.split('.')[:2])); sys.exit(v < (2, 4))" \
    || { echo "gpu-check: needs torch >= 2.4, found $version" >&2; exit 1; }
  [ "$cuda" = True ] || { echo "gpu-check: torch sees no CUDA device" >&2; exit 1; }
  if [ $debian_cuda = 1 ]; then
    torch_args=()  # CMake finds Debian's TorchConfig.cmake in the system folders
    echo "LibTorch: Debian's libtorch-cuda-dev $(dpkg-query -W -f='${Version}' libtorch-cuda-dev)"
  else
    torch_args=(-DTorch_DIR="$prefix/Torch")
  fi
  device=cuda
fi

echo "== build (engine, taxa-cli, gpu_check) in $build"
t0=$(date +%s)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTAXA_BUILD_GUI=OFF \
  -DTAXA_BUILD_TESTS=OFF "${torch_args[@]}" > "$out/configure.log"
cmake --build "$build" -j "$jobs" --target taxa-cli taxa_engine gpu_check > "$out/build.log"
echo "built in $(( $(date +%s) - t0 )) s"
cli="$build/app/cli/taxa-cli"

echo "== demo data"
if [ $cpu = 1 ]; then
  demo_args=(--species 14 --max-train 40 --image-size 96)
else
  demo_args=(--species 120 --max-train 150 --image-size 512)  # about 9,000 photos
fi
[ -f "$out/demo/train2018.json" ] || "$cli" demo --out "$out/demo" "${demo_args[@]}"

echo "== checks"
"$build/bench/gpu_check" "$out/demo" "$out/checks" $([ $cpu = 1 ] && echo --cpu) | tee "$out/checks.txt"

echo "== benchmark: taxa-cli train against PyTorch's Python API, the same run"
bench() {  # name arch head crop batch steps
  local name=$1 arch=$2 head=$3 crop=$4 batch=$5 steps=$6 workers=$jobs
  rm -rf "$out/bench-$name"
  "$cli" train --dataset "$out/demo" --out "$out/bench-$name" --preset quick-cpu --arch "$arch" \
    --head "$head" --crop "$crop" --batch-size "$batch" --epochs 1 --max-steps "$steps" \
    --device "$device" --loader-threads "$workers" --quiet > /dev/null
  local ours peer
  ours=$(grep '"type":"epoch"' "$out/bench-$name/metrics.jsonl" | tail -1)
  peer=$("$python" bench/train_bench.py "$out/demo" "$steps" "$workers" "$crop" --device "$device" \
    --arch "$arch" --head "$head" --batch "$batch" --workers "$workers")
  "$python" - "$name" "$ours" "$peer" <<'PY' | tee -a "$out/benchmark.txt"
import json, sys
name, ours, peer = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
print(f"{name:28s} taxa {ours['images_per_second']:8.1f} img/s (data wait {100 * ours['data_wait_share']:4.1f}%)"
      f"  python {peer['images_per_second']:8.1f} img/s (data wait {100 * peer['data_wait_share']:4.1f}%)"
      f"  ratio {ours['images_per_second'] / peer['images_per_second']:4.2f}x")
PY
}
: > "$out/benchmark.txt"
if [ $cpu = 1 ]; then
  bench "resnet18 64px b16 (cpu)" resnet18 avg 64 16 8
  bench "resnet18+cov 64px b8 (cpu)" resnet18 mpncov 64 8 4
else
  bench "resnet50 224px b128" resnet50 avg 224 128 60
  bench "resnet152+isqrtcov 448px b32" resnet152 mpncov 448 32 40
fi
echo "== done: $out/checks.txt, $out/benchmark.txt"
grep -q "ALL CHECKS PASSED" "$out/checks.txt"
