#!/usr/bin/env bash
# Training throughput on the demo dataset: `taxa-cli train` (quick-cpu preset: ResNet-18,
# 64 px crops, batch 32) against train_bench.py, the same in PyTorch's Python API with the same
# threads and loader workers, in the same run. Prints images/s, the ratio and data waiting.
# Usage: bench/run_train_bench.sh [BUILD_DIR] [STEPS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
steps=${2:-40}
data=${TAXA_BENCH_DEMO:-/tmp/taxa-bench-demo}
cli="$build/app/cli/taxa-cli"
[ -f "$data/train2018.json" ] || "$cli" demo --out "$data" > /dev/null
run=$(mktemp -d)
"$cli" train --dataset "$data" --out "$run/run" --preset quick-cpu --epochs 1 --max-steps "$steps" --quiet > /dev/null
ours=$(grep '"type":"epoch"' "$run/run/metrics.jsonl" | tail -1)
rm -rf "$run"
peer=$(/usr/bin/python3 "$here/train_bench.py" "$data" "$steps" "$(nproc)" 64)
python3 - "$ours" "$peer" <<'PY'
import json, sys
ours, peer = (json.loads(a) for a in sys.argv[1:])
print(f"taxa    {ours['images_per_second']:6.1f} images/s, waiting for data {100 * ours['data_wait_share']:4.1f}% of the time")
print(f"python  {peer['images_per_second']:6.1f} images/s, waiting for data {100 * peer['data_wait_share']:4.1f}% of the time")
print(f"ratio   {ours['images_per_second'] / peer['images_per_second']:4.2f}x (target >= 1.0x, waiting < 5%)")
PY
