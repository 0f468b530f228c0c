#!/usr/bin/env bash
# The feature map (issue 22): taxa-cli map-features against Debian's umap-learn on the same
# synthetic feature store and k, each in its own process on the same machine: wall time, peak
# memory (/usr/bin/time), and scikit-learn's trustworthiness of both layouts on one 5,000-point
# sample. Needs: apt-get install umap-learn python3-sklearn time
# Usage: bench/run_featuremap_bench.sh [BUILD_DIR] [POINTS] [K] [THREADS]
# TAXA_BENCH_PEER=0 times ours alone (umap-learn at 437k points takes far longer).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
points=${2:-50000}
k=${3:-15}
threads=${4:-2}
work=${TAXA_BENCH_WORK:-$(mktemp -d)}
features=$work/features-$points.bin
[ -f "$features" ] || /usr/bin/python3 "$here/featuremap_bench.py" make "$features" "$points"
export OMP_NUM_THREADS=$threads NUMBA_NUM_THREADS=$threads
/usr/bin/time -f '{"seconds": %e, "peak_mb": %M}' -o "$work/ours.time" \
  "$build/app/cli/taxa-cli" map-features --features "$features" --splits train,val \
  --neighbours "$k" --threads "$threads" --out "$work/ours.map.bin" >/dev/null
if [ "${TAXA_BENCH_PEER:-1}" = 0 ]; then
  echo "$points x 256 fp16, k = $k, $threads threads: taxa-cli map-features $(cat "$work/ours.time")," \
    "trustworthiness $(/usr/bin/python3 "$here/featuremap_bench.py" trust "$features" \
    "$work/ours.map.bin" - 5000)"
  exit 0
fi
/usr/bin/time -f '{"seconds": %e, "peak_mb": %M}' -o "$work/peer.time" \
  /usr/bin/python3 "$here/featuremap_bench.py" umap "$features" "$work/peer.npy" "$k" > "$work/peer.json"
/usr/bin/python3 "$here/featuremap_bench.py" trust "$features" "$work/ours.map.bin" \
  "$work/peer.npy" 5000 > "$work/trust.json"
/usr/bin/python3 - "$work" "$points" "$k" "$threads" <<'PY'
import json, sys
work, points, k, threads = sys.argv[1:]
ours = json.load(open(f"{work}/ours.time"))
peer = json.load(open(f"{work}/peer.time"))
fit = json.load(open(f"{work}/peer.json"))["umap_seconds"]
trust = json.load(open(f"{work}/trust.json"))
print(f"{int(points):,} x 256 fp16, k = {k}, {threads} threads")
print(f"{'':<22}{'wall s':>8}{'peak MB':>9}{'trust.':>8}")
print(f"{'taxa-cli map-features':<22}{ours['seconds']:8.1f}{ours['peak_mb'] / 1024:9.0f}{trust['ours']:8.4f}")
print(f"{'umap-learn':<22}{peer['seconds']:8.1f}{peer['peak_mb'] / 1024:9.0f}{trust['umap_learn']:8.4f}"
      f"   (fit_transform alone {fit:.1f} s)")
print(f"ratio: {peer['seconds'] / ours['seconds']:.1f}x faster, trustworthiness "
      f"{trust['ours'] - trust['umap_learn']:+.4f}")
PY
