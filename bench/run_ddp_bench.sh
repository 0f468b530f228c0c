#!/usr/bin/env bash
# Data-parallel training throughput on the demo dataset, in one run: `taxa-cli train` (the
# quick-cpu recipe: ResNet-18, 64 px crops, batch 32 per rank) at 1 rank and at 2 ranks
# (--nproc-per-node 2), each rank 1 torch thread and 1 decoding thread, against ddp_bench.py,
# PyTorch's DistributedDataParallel on Gloo with the same recipe, per-rank batch, threads and
# one DataLoader worker per rank, at 1 and 2 ranks. Both sides decode the same JPEGs in their
# clocks. Prints images/s, ours/PyTorch, 1 -> 2 rank scaling, and our share of time spent
# communicating (rank 0 blocked in collectives, from metrics.jsonl's comm_share).
# Usage: bench/run_ddp_bench.sh [BUILD_DIR] [STEPS] [ROUNDS]   (defaults: 20 steps, 3 rounds)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
steps=${2:-20}
rounds=${3:-3}
data=${TAXA_BENCH_DEMO:-/tmp/taxa-bench-demo}
cli="$build/app/cli/taxa-cli"
py=/usr/bin/python3  # Debian's python3-torch
[ -f "$data/train2018.json" ] || "$cli" demo --out "$data" > /dev/null
# Every rank takes its steps inside one epoch of the demo's train split.
train=$($py -c "import json,sys; print(len(json.load(open(sys.argv[1]))['annotations']))" "$data/train2018.json")
if (( steps * 32 * 2 > train )); then steps=$(( train / 64 )); fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $steps steps of 32 per rank"

ours() {  # WORLD -> the epoch record of metrics.jsonl
    local run
    run=$(mktemp -d)
    local extra=()
    (( $1 > 1 )) && extra=(--nproc-per-node "$1")
    "$cli" train --dataset "$data" --out "$run/run" --preset quick-cpu --epochs 1 \
        --max-steps "$steps" --threads 1 --loader-threads 1 --quiet "${extra[@]}" > /dev/null
    grep '"type":"epoch"' "$run/run/metrics.jsonl" | tail -1
    rm -rf "$run"
}
peer() {  # WORLD -> JSON
    (cd "$here" && $py ddp_bench.py "$data" "$1" "$steps" --threads 1 --workers 1 2> /dev/null)
}

# Others' builds share the cores: every configuration runs ROUNDS times, interleaved, and the
# summary takes each one's best round (the least disturbed) and its median.
results=$(mktemp)
for round in $(seq "$rounds"); do
    for world in 1 2; do
        echo "{\"side\": \"taxa\", \"round\": $round, \"record\": $(ours "$world"), \"world\": $world}" >> "$results"
        echo "{\"side\": \"pytorch\", \"round\": $round, \"record\": $(peer "$world"), \"world\": $world}" >> "$results"
    done
done
$py - "$results" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
def runs(side, world):
    return [r["record"] for r in rows if r["side"] == side and r["world"] == world]
ips = lambda side, world: [r["images_per_second"] for r in runs(side, world)]
for r in sorted({r["round"] for r in rows}):
    line = [f"round {r}:"]
    for side in ("taxa", "pytorch"):
        for world in (1, 2):
            x = [q["record"] for q in rows if q["side"] == side and q["world"] == world and q["round"] == r][0]
            line.append(f"{side} x{world} {x['images_per_second']:6.1f}")
    print("  ".join(line))
for name, pick in (("best", max), ("median", statistics.median)):
    t1, t2, p1, p2 = (pick(ips(s, w)) for s, w in (("taxa", 1), ("taxa", 2), ("pytorch", 1), ("pytorch", 2)))
    print(f"{name} of {len(ips('taxa', 1))} rounds (images/s over all ranks):")
    print(f"  1 rank   taxa {t1:6.1f}   PyTorch {p1:6.1f}   ours/PyTorch {t1 / p1:4.2f}x")
    print(f"  2 ranks  taxa {t2:6.1f}   PyTorch {p2:6.1f}   ours/PyTorch {t2 / p2:4.2f}x")
    print(f"  1 -> 2 ranks: taxa {t2 / t1:4.2f}x, PyTorch {p2 / p1:4.2f}x")
two = runs("taxa", 2)
share = statistics.median(r.get("comm_share", 0) for r in two)
grad = statistics.median(r.get("grad_wait_share", 0) for r in two)
wait = statistics.median(r["data_wait_share"] for r in two)
print(f"taxa at 2 ranks (median): communicating {100 * share:4.1f}% of the time (gradient "
      f"all-reduce not hidden by the backward {100 * grad:4.1f}%), waiting for data {100 * wait:4.1f}%")
PY
rm -f "$results"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
