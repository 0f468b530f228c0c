#!/usr/bin/env bash
# Start-up benchmark (issue 11): what the engine boundary saves. Checks with ldd that taxa and
# taxa-cli link neither LibTorch nor OpenCV's imgcodecs, then times whole processes against
# peers in the same run (bench/startup_bench.py): `taxa-cli --version` against an empty main()
# linked to Debian's libtorch_cpu (what every program paid before) and `stats --json` on the
# full-scale set against Python's json.load + index; then the GUI's start-up to an interactive
# window at full scale (bench_explorer, offscreen).
# Usage: bench/run_startup_bench.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build/release}" && pwd)
runs=${2:-11}
data=${TAXA_BENCH_DATA:-/tmp/taxa-bench-full}
[ -f "$data/train2018.json" ] || "$build/app/cli/taxa-cli" demo --out "$data" --full-scale --no-images
cat "$data"/*.json > /dev/null  # page cache warm for every side

for program in "$build/app/gui/taxa" "$build/app/cli/taxa-cli"; do
  [ -x "$program" ] || continue
  linked=$(ldd "$program" | grep -cE "libtorch|libc10|opencv_imgcodecs" || true)
  echo "ldd $(basename "$program"): $(ldd "$program" | wc -l) libraries, $linked of LibTorch or imgcodecs"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo 'int main() { return 0; }' > "$tmp/empty.cpp"
g++ -O2 "$tmp/empty.cpp" -o "$tmp/torch_empty" -Wl,--no-as-needed -ltorch_cpu -lc10
/usr/bin/python3 "$here/startup_bench.py" "$build" "$data" "$tmp/torch_empty" "$runs"

if [ -x "$build/bench/bench_explorer" ]; then
  echo "GUI start-up at full scale (target <= 0.6 s), offscreen, 3 runs:"
  for _ in 1 2 3; do
    QT_QPA_PLATFORM=offscreen "$build/bench/bench_explorer" "$data" | grep -E "^start-up|exec -> main"
  done
fi
