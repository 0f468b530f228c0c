#!/usr/bin/env bash
# Near-duplicates by features on real engine features (issue 22): the demo dataset with copies
# of 2 x N val photos planted in train (N resized to half, re-encoded at quality 60 and cropped
# 8%; N re-encoded only), a quick-cpu model trained on it, its features, and
# `taxa-cli stats --near-duplicates`. Prints the planted pairs' cosines, the most similar
# distinct cross-split pair (brute force, NumPy), and whether stats found exactly the planted.
# Usage: bench/run_neardup_check.sh [BUILD_DIR] [N] [SPECIES] [EPOCHS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
n=${2:-10}
species=${3:-42}
epochs=${4:-5}
cli=$build/app/cli/taxa-cli
work=${TAXA_BENCH_WORK:-$(mktemp -d)}
data=$work/demo
rm -rf "$data"
"$cli" demo --out "$data" --species "$species" >/dev/null
/usr/bin/python3 "$here/plant_copies.py" "$data" "$n" > "$work/planted.json"
[ -f "$work/run/checkpoints/best.pt" ] ||
  "$cli" train --dataset "$data" --out "$work/run" --preset quick-cpu --epochs "$epochs" --quiet >/dev/null
"$cli" features --dataset "$data" --checkpoint "$work/run/checkpoints/best.pt" \
  --out "$work/features.bin" >/dev/null
"$cli" stats --dataset "$data" --near-duplicates "$work/features.bin" --json > "$work/stats.json"
/usr/bin/python3 - "$work" <<'PY'
import json, sys
import numpy as np
work = sys.argv[1]
raw = open(f"{work}/features.bin", "rb").read()
dims = int(np.frombuffer(raw, np.uint32, 1, 12)[0]); count = int(np.frombuffer(raw, np.uint64, 1, 16)[0])
ids = np.frombuffer(raw, np.int64, count, 24); splits = np.frombuffer(raw, np.uint8, count, 24 + 8 * count)
x = np.frombuffer(raw, np.float16, count * dims, 24 + 9 * count).reshape(count, dims).astype(np.float64)
x /= np.linalg.norm(x, axis=1, keepdims=True)
planted = json.load(open(f"{work}/planted.json"))
row = {(int(s), int(i)): r for r, (s, i) in enumerate(zip(splits, ids))}
pairs = {(row[(0, p["train"])], row[(1, p["val"])]) for p in planted}
tr, va = np.where(splits == 0)[0], np.where(splits == 1)[0]
sim = x[tr] @ x[va].T
for a, b in pairs:
    sim[np.searchsorted(tr, a), np.searchsorted(va, b)] = -2
best = sim.max()
for kind in (True, False):
    s = [float(x[row[(0, p["train"])]] @ x[row[(1, p["val"])]]) for p in planted
         if p["resized"] == kind]
    print(f"planted copies ({'resized, cropped, ' if kind else ''}re-encoded): cosine {min(s):.4f} to {max(s):.4f}")
print(f"most similar distinct train/val pair: cosine {best:.4f} ({len(tr)} x {len(va)} pairs)")
stats = json.load(open(f"{work}/stats.json"))
found = {(p["a"], p["b"]) for p in stats["near_duplicates"]["pairs"]}
want = {(p["train"], p["val"]) for p in planted}
print(f"stats --near-duplicates (threshold {stats['near_duplicates']['threshold']}): "
      f"{len(found & want)} of {len(want)} planted found, {len(found - want)} others")
PY
