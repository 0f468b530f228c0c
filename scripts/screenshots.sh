#!/usr/bin/env bash
# Takes the README's screenshots of the app on the demo dataset, under xvfb-run: the taxonomy
# tree (with a search), the long-tail plots, a species view, the map, training, error analysis,
# the confusion matrix, likely label errors, calibration, why (saliency, look-alikes) and the
# geographic prior (and the map of the full-scale set).
# Needs xvfb and imagemagick.
# Usage: scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/release}
out=$(mkdir -p "${2:-$here/docs}" && cd "${2:-$here/docs}" && pwd)
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
    xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
      out=$1; shift
      mkdir -p -m 700 "$XDG_RUNTIME_DIR"
      "$@" -qwindowgeometry 1440x900+0+0 & pid=$!
      sleep "${TAXA_SHOT_WAIT:-4}"
      import -window root "$out"
      kill "$pid"; wait "$pid" || true' \
    shot "$out/$file" "$build/app/gui/taxa" "${TAXA_SHOT_DATA:-$work/demo}" "$@"
  echo "wrote $out/$file"
}

shot screenshot-tree.png --tab summary --search punctata --select "Lepsteis septempunctata"
shot screenshot-longtail.png --tab longtail --select "Facalchlia bipunctata"
shot screenshot-species.png --tab species --select "Lepsteis septempunctata"
# Where a species is seen: two regions, in winter.
shot screenshot-map.png --tab map --select "Facalchlia bipunctata"
# Every photo of the full-scale set's metadata (437,513 train, 24,426 val).
"$build/app/cli/taxa-cli" demo --out "$work/full" --full-scale --no-images > /dev/null
TAXA_SHOT_DATA="$work/full" TAXA_SHOT_WAIT=${TAXA_FULL_SHOT_WAIT:-10} shot screenshot-map-full.png --tab map
# Training: a quick-cpu run a couple of epochs in (about 25 seconds on two cores).
TAXA_SHOT_WAIT=${TAXA_TRAIN_SHOT_WAIT:-24} shot screenshot-training.png --tab training --train quick-cpu
# The same on two processes: taxa-cli train --nproc-per-node 2, followed through the run folder.
TAXA_SHOT_WAIT=${TAXA_TRAIN_SHOT_WAIT:-30} shot screenshot-training-ddp.png --tab training --train quick-cpu \
  --processes 2
# Analysis: a run trained and predicted with taxa-cli, its most confused pair side by side.
"$build/app/cli/taxa-cli" train --dataset "$work/demo" --out "$work/run" --preset quick-cpu \
  --epochs 3 --quiet > /dev/null
"$build/app/cli/taxa-cli" predict --dataset "$work/demo" --split val \
  --checkpoint "$work/run/checkpoints/best.pt" --out "$work/run/predictions/val.csv" > /dev/null
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-8} shot screenshot-analysis-overview.png --tab analysis --analyse "$work/run"
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-8} shot screenshot-analysis.png --tab pairs --analyse "$work/run"
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-8} shot screenshot-analysis-classes.png --tab classes --analyse "$work/run"
# Why the model confuses species: the confusion matrix by supercategory, the likely label errors
# and calibration (the run's top-k store carries the scores these need).
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-8} shot screenshot-analysis-confusion.png --tab confusion --analyse "$work/run"
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-8} shot screenshot-analysis-errors.png --tab errors --analyse "$work/run"
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-8} shot screenshot-analysis-calibration.png --tab calibration --analyse "$work/run"
# Why the guess and not the label: the saliency overlay on the pair view's val photo, and its
# look-alikes among the training images (features computed with taxa-cli).
"$build/app/cli/taxa-cli" features --dataset "$work/demo" \
  --checkpoint "$work/run/checkpoints/best.pt" --out "$work/run/predictions/features.bin" > /dev/null
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-10} shot screenshot-analysis-why.png --tab pairs --analyse "$work/run" --why
# The geographic prior (the network, trained with taxa-cli) switched on: without and with it.
"$build/app/cli/taxa-cli" geo train --dataset "$work/demo" --out "$work/prior.geo" --quiet > /dev/null
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-12} shot screenshot-analysis-geo.png --tab geo --analyse "$work/run" \
  --geo "$work/prior.geo"
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-12} shot screenshot-analysis-geo-overview.png --tab analysis \
  --analyse "$work/run" --geo "$work/prior.geo"
# A/B: the finished run against its own first epoch.
"$build/app/cli/taxa-cli" predict --dataset "$work/demo" --split val \
  --checkpoint "$work/run/checkpoints/epoch-001.pt" --out "$work/epoch1.csv" > /dev/null
TAXA_SHOT_WAIT=${TAXA_SHOT_WAIT:-10} shot screenshot-analysis-compare.png --tab analysis \
  --analyse "$work/run" --compare "$work/epoch1.csv"
