#!/usr/bin/env bash
# Takes the README's screenshots of the app on the demo dataset, under xvfb-run: the taxonomy
# tree (with a search), the long-tail plots, a species view, the map, training, error analysis,
# the confusion matrix, likely label errors, calibration, why (saliency, look-alikes), the
# feature map and the geographic prior (and the map of the full-scale set), at 1600x1000; then
# every tab of the full-scale set's metadata (437,513 train photos, predictions drawn by
# scripts/full-scale-predictions.py) into FULL_DIR, to look at rather than to publish.
# Needs xvfb and imagemagick. TAXA_SHOT_SIZE=WxH takes another screen size.
# Usage: scripts/screenshots.sh [BUILD_DIR] [OUT_DIR] [FULL_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/release}
out=$(mkdir -p "${2:-$here/docs}" && cd "${2:-$here/docs}" && pwd)
full=$(mkdir -p "${3:-$here/build/screenshots-full-scale}" && cd "${3:-$here/build/screenshots-full-scale}" && pwd)
size=${TAXA_SHOT_SIZE:-1600x1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/app/cli/taxa-cli" demo --out "$work/demo" > /dev/null

# shot FILE APP_ARGS...: starts the app on a fresh virtual screen with its own settings, waits
# for it to open the dataset and draw, and grabs the screen.
shot() {
  local file=$1
  shift
  rm -rf "$work/home"
  HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_RUNTIME_DIR="$work/home/run" \
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
      out=$1; size=$2; shift 2
      mkdir -p -m 700 "$XDG_RUNTIME_DIR"
      "$@" -qwindowgeometry "$size+0+0" & pid=$!
      sleep "${TAXA_SHOT_WAIT:-4}"
      import -window root "$out"
      kill "$pid"; wait "$pid" || true' \
    shot "$file" "$size" "$build/app/gui/taxa" "${TAXA_SHOT_DATA:-$work/demo}" "$@"
  echo "wrote $file"
}

shot "$out/screenshot-tree.png" --tab summary --search punctata --select "Lepsteis septempunctata"
shot "$out/screenshot-longtail.png" --tab longtail --select "Facalchlia bipunctata"
shot "$out/screenshot-species.png" --tab species --select "Lepsteis septempunctata"
# Where a species is seen: two regions, in winter.
shot "$out/screenshot-map.png" --tab map --select "Facalchlia bipunctata"
# Every photo of the full-scale set's metadata (437,513 train, 24,426 val).
"$build/app/cli/taxa-cli" demo --out "$work/full" --full-scale --no-images > /dev/null
TAXA_SHOT_DATA="$work/full" TAXA_SHOT_WAIT=${TAXA_FULL_SHOT_WAIT:-10} shot "$out/screenshot-map-full.png" --tab map
# Training: a quick-cpu run two epochs in (about 70 seconds at 55 images/s on two cores).
TAXA_SHOT_WAIT=${TAXA_TRAIN_SHOT_WAIT:-80} shot "$out/screenshot-training.png" --tab training --train quick-cpu
# The same on two processes: taxa-cli train --nproc-per-node 2, followed through the run folder.
TAXA_SHOT_WAIT=${TAXA_TRAIN_SHOT_WAIT:-30} shot "$out/screenshot-training-ddp.png" --tab training --train quick-cpu \
  --processes 2
# Analysis: a run trained and predicted with taxa-cli, its most confused pair side by side.
"$build/app/cli/taxa-cli" train --dataset "$work/demo" --out "$work/run" --preset quick-cpu \
  --epochs 3 --quiet > /dev/null
"$build/app/cli/taxa-cli" predict --dataset "$work/demo" --split val \
  --checkpoint "$work/run/checkpoints/best.pt" --out "$work/run/predictions/val.csv" > /dev/null
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-8} shot "$out/screenshot-analysis-overview.png" --tab analysis --analyse "$work/run"
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-8} shot "$out/screenshot-analysis.png" --tab pairs --analyse "$work/run"
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-8} shot "$out/screenshot-analysis-classes.png" --tab classes --analyse "$work/run"
# Why the model confuses species: the confusion matrix by supercategory, the likely label errors
# and calibration (the run's top-k store carries the scores these need).
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-8} shot "$out/screenshot-analysis-confusion.png" --tab confusion --analyse "$work/run"
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-8} shot "$out/screenshot-analysis-errors.png" --tab errors --analyse "$work/run"
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-8} shot "$out/screenshot-analysis-calibration.png" --tab calibration --analyse "$work/run"
# Why the guess and not the label: the saliency overlay on the pair view's val photo, and its
# look-alikes among the training images (features computed with taxa-cli).
"$build/app/cli/taxa-cli" features --dataset "$work/demo" \
  --checkpoint "$work/run/checkpoints/best.pt" --out "$work/run/predictions/features.bin" > /dev/null
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-10} shot "$out/screenshot-analysis-why.png" --tab pairs --analyse "$work/run" --why
# The map of every image by its features, one species highlighted from the taxonomy.
"$build/app/cli/taxa-cli" map-features --features "$work/run/predictions/features.bin" > /dev/null
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-10} shot "$out/screenshot-analysis-featuremap.png" --tab featuremap \
  --analyse "$work/run" --select "Lepsteis septempunctata"
# The geographic prior (the network, trained with taxa-cli) switched on: without and with it.
"$build/app/cli/taxa-cli" geo train --dataset "$work/demo" --out "$work/prior.geo" --quiet > /dev/null
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-12} shot "$out/screenshot-analysis-geo.png" --tab geo --analyse "$work/run" \
  --geo "$work/prior.geo"
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-12} shot "$out/screenshot-analysis-geo-overview.png" --tab analysis \
  --analyse "$work/run" --geo "$work/prior.geo"
# A/B: the finished run against its own first epoch.
"$build/app/cli/taxa-cli" predict --dataset "$work/demo" --split val \
  --checkpoint "$work/run/checkpoints/epoch-001.pt" --out "$work/epoch1.csv" > /dev/null
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-10} shot "$out/screenshot-analysis-compare.png" --tab analysis \
  --analyse "$work/run" --compare "$work/epoch1.csv"

# Every tab of the full-scale set, the analysis on drawn predictions with scores.
python3 "$here/scripts/full-scale-predictions.py" "$work/full" "$work/full/val.topk.csv"
for tab in species longtail summary map training analysis pairs classes confusion errors calibration pr geo featuremap; do
  TAXA_SHOT_DATA="$work/full" TAXA_SHOT_WAIT=${TAXA_FULL_SHOT_WAIT:-14} shot "$full/$tab.png" \
    --tab "$tab" --select "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["name"])' "$work/full/categories.json")" \
    --analyse "$work/full/val.topk.csv"
done
