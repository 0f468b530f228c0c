#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang-14, or clang-19 on Debian 13; ASan +
# UBSan), writes their seed corpora from the tests' fixtures and runs each target for SECONDS,
# niced, one process each.
#   scripts/fuzz.sh TARGET|all SECONDS
# FUZZ_RUNS=N stops each target after N executions if that comes first.
# Corpora grow in build/fuzz/corpus/TARGET across runs; a finding is saved under
# build/fuzz/findings/TARGET/ and makes the script fail. Reproduce one with
#   build/fuzz/fuzz/TARGET build/fuzz/findings/TARGET/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh TARGET|all SECONDS" >&2
  exit 2
fi
all=(fuzz_annotations fuzz_locations fuzz_predictions fuzz_jpeg fuzz_png fuzz_trainconfig
  fuzz_checkpoint fuzz_geo fuzz_features)
if [ "$1" = all ]; then targets=("${all[@]}"); else targets=("$1"); fi
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz: unknown target '$t' (${all[*]} or all)" >&2; exit 2; }
done

export CCACHE_BASEDIR="$PWD"
# The preset names Debian 12's clang-14; Debian 13 has clang-19 (scripts/install-deps.sh).
cxx=clang++-14
command -v $cxx > /dev/null || cxx=clang++-19
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz -DCMAKE_CXX_COMPILER=$cxx > /dev/null
nice -n 10 cmake --build --preset fuzz --target fuzzers > /dev/null
out=build/fuzz
rm -rf "$out/seeds"
"$out/fuzz/make_fuzz_seeds" "$out/seeds"
# State dicts as PyTorch itself writes them (python3-torch, installed by install-deps.sh).
/usr/bin/python3 fuzz/make_weight_seeds.py "$out/seeds/fuzz_checkpoint"

dict_for() {
  case "$1" in
    fuzz_annotations | fuzz_locations | fuzz_trainconfig) echo "-dict=fuzz/json.dict" ;;
    fuzz_predictions) echo "-dict=fuzz/csv.dict" ;;
    fuzz_checkpoint) echo "-dict=fuzz/pickle.dict" ;;
    fuzz_geo) echo "-dict=fuzz/json.dict" ;;
  esac
}

# Inputs long enough for what short runs never make (issue 23): nesting thousands deep in a
# pickle or JSON, declared sizes beside a little data. Images keep libFuzzer's default.
max_len_for() {
  case "$1" in
    fuzz_checkpoint | fuzz_annotations | fuzz_trainconfig | fuzz_geo) echo "-max_len=262144" ;;
    fuzz_locations | fuzz_features) echo "-max_len=65536" ;;
  esac
}

failed=0
for t in "${targets[@]}"; do
  mkdir -p "$out/corpus/$t" "$out/findings/$t" "$out/logs"
  log="$out/logs/$t.log"
  status=0
  # One process (no -jobs/-workers); -timeout catches a hang, -rss_limit_mb a runaway allocation.
  nice -n 19 "$out/fuzz/$t" -max_total_time="$2" -runs="${FUZZ_RUNS:--1}" -print_final_stats=1 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$out/findings/$t/" $(dict_for "$t") $(max_len_for "$t") \
    "$out/corpus/$t" "$out/seeds/$t" > "$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  files=$(find "$out/corpus/$t" -type f | wc -l)
  if [ "$status" -eq 0 ]; then
    echo "$t: ${runs:-?} runs in ${secs:-?} s, corpus $files files, no finding"
  else
    failed=1
    echo "$t: FINDING after ${runs:-?} runs (exit $status); see $log and $out/findings/$t/"
    grep -m 3 -E "ERROR: |runtime error|SUMMARY" "$log" || true
  fi
done
exit $failed
