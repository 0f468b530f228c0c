#!/usr/bin/env bash
# The geographic prior on the demo (issue 14): a quick-cpu run's val predictions (top 20 with
# scores) evaluated without a prior, with the network prior and with the grid prior, and each
# prior alone next to the class-frequency prior. Accuracy figures, not timings.
# Usage: bench/run_geo_demo.sh [BUILD_DIR] [WORK_DIR]
set -euo pipefail
cli=${1:-build/release}/app/cli/taxa-cli
w=${2:-/tmp/taxa-geo-demo}
rm -rf "$w"
mkdir -p "$w"
$cli demo --out "$w"/demo > /dev/null
$cli train --dataset "$w"/demo --out "$w"/run --preset quick-cpu --quiet > "$w"/train.log 2>&1
$cli predict --dataset "$w"/demo --split val --checkpoint "$w"/run/checkpoints/best.pt --k 20 --out "$w"/val.csv > /dev/null
$cli geo train --dataset "$w"/demo --out "$w"/net.geo --quiet > "$w"/geo.log 2>&1
$cli geo train --dataset "$w"/demo --out "$w"/grid.geo --grid > /dev/null
echo "== geo evaluate network"; $cli geo evaluate --dataset "$w"/demo --geo "$w"/net.geo --json
echo "== geo evaluate grid"; $cli geo evaluate --dataset "$w"/demo --geo "$w"/grid.geo --json
for g in none net grid; do
  if [ $g = none ]; then a=(); else a=(--geo "$w/$g.geo"); fi
  echo "== evaluate $g"; $cli evaluate --dataset "$w"/demo --predictions "$w"/val.topk.csv "${a[@]}" --json | /usr/bin/python3 -c 'import json,sys; j=json.load(sys.stdin); print("top1_error", j["top1_error"], "top3_error", j["top3_error"])'
done
