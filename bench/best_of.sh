# Sourced by the run_*_bench.sh scripts.
# best N CMD...: runs CMD (which prints {"seconds": .., "peak_mb": ..}) N times in fresh
# processes and prints the best seconds and the largest peak.
best() {
  local n=$1 s=1e30 m=0 out
  shift
  for _ in $(seq "$n"); do
    out=$("$@")
    s=$(python3 -c "import json,sys; print(min($s, json.loads(sys.argv[1])['seconds']))" "$out")
    m=$(python3 -c "import json,sys; print(max($m, json.loads(sys.argv[1])['peak_mb']))" "$out")
  done
  echo "$s $m"
}
