#!/usr/bin/env bash
# Kill-and-resume soak (issue 13). Trains a small run on a demo set, kills it at random moments
# with SIGKILL, SIGTERM or SIGINT, resumes it after each kill, and when it has finished checks
#  - that every epoch's weights equal an uninterrupted run's, byte for byte (each epoch's
#    checkpoint exported as a state dict and compared with cmp);
#  - that metrics.jsonl holds each epoch once and each step once, in order, and that every epoch
#    record (loss, train and val accuracy) equals the uninterrupted run's;
#  - that no temporary file is left in the run folder.
# Usage: scripts/soak.sh [KILLS] [BUILD_DIR]    (KILLS default 20, BUILD_DIR build/release)
# SOAK_SEED=N repeats a soak's kill times and signals; the script prints the seed it used.
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-20}
build=${2:-build/release}
cli="$build/app/cli/taxa-cli"
[ -x "$cli" ] || { echo "soak: $cli not built" >&2; exit 2; }
seed=${SOAK_SEED:-$(( $(date +%s) % 32768 ))}
RANDOM=$seed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" demo --out "$work/demo" --species 14 --max-train 48 --val 6 --image-size 64 --seed 5 \
  > /dev/null
# Three epochs of ResNet-18 at 48 px on one thread: a few seconds each, deterministic.
train=(--dataset "$work/demo" --preset quick-cpu --epochs 3 --crop 48 --resize 56 --batch-size 8
  --threads 1 --quiet)

start=$(date +%s.%N)
"$cli" train "${train[@]}" --out "$work/whole" > "$work/whole.log" 2>&1
whole_seconds=$(echo "$(date +%s.%N) - $start" | bc)
echo "soak: seed $seed; uninterrupted run ${whole_seconds} s"

# Kill moments fall anywhere from start-up to about the whole run's length, so that kills land
# while loading, mid-epoch, during evaluation and while a checkpoint is written.
limit_ms=$(echo "$whole_seconds * 1000 / 1" | bc)
signals=(KILL TERM INT)
delivered=0 attempts=0 by_signal_KILL=0 by_signal_TERM=0 by_signal_INT=0
first=1
while :; do
  attempts=$((attempts + 1))
  if [ $first = 1 ]; then
    "$cli" train "${train[@]}" --out "$work/run" >> "$work/run.log" 2>&1 &
    first=0
  else
    "$cli" train --dataset "$work/demo" --resume "$work/run" --quiet >> "$work/run.log" 2>&1 &
  fi
  pid=$!
  if [ $delivered -lt "$kills" ]; then
    delay_ms=$(( 200 + (RANDOM * 32768 + RANDOM) % (limit_ms + 1) ))
    sleep "$(echo "scale=3; $delay_ms / 1000" | bc)"
    if kill -0 "$pid" 2> /dev/null; then
      sig=${signals[$((RANDOM % 3))]}
      kill -s "$sig" "$pid" 2> /dev/null || true
      wait "$pid" || true
      delivered=$((delivered + 1))
      eval "by_signal_$sig=\$((by_signal_$sig + 1))"
      # Killed before the run's config was written: the next try starts it afresh, in the same
      # folder (what the interrupted start left there must not be in the way).
      [ -f "$work/run/config.json" ] || first=1
      continue
    fi
  fi
  status=0
  wait "$pid" || status=$?
  if [ $status -ne 0 ]; then
    echo "soak: a resume failed (exit $status); the log:" >&2
    tail -5 "$work/run.log" >&2
    exit 1
  fi
  [ $delivered -ge "$kills" ] && break
  # Finished before all the kills: start another run folder so that every kill is survived by
  # a run that goes on to its end (each compared in full below).
  echo "soak: run finished after $delivered kills; checking it and starting another"
  /usr/bin/python3 scripts/soak_check.py "$cli" "$work/whole" "$work/run"
  rm -rf "$work/run"
  first=1
done
echo "soak: $delivered kills (KILL $by_signal_KILL, TERM $by_signal_TERM, INT $by_signal_INT) over $attempts starts"
/usr/bin/python3 scripts/soak_check.py "$cli" "$work/whole" "$work/run"
