#!/usr/bin/env bash
# Image pipeline benchmark: `taxa-cli bench pipeline` against torchvision + PIL (Debian's
# python3-torchvision) on the same generated JPEGs, one thread each, in the same run; then our
# pipeline on 2 threads. Prints the ratios the targets are stated in.
# Usage: bench/run_pipeline_bench.sh [BUILD_DIR] [PASSES]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
passes=${2:-3}
data=${TAXA_BENCH_JPEGS:-/tmp/taxa-bench-jpegs}
[ -f "$data/00199.jpg" ] || /usr/bin/python3 "$here/make_bench_jpegs.py" "$data" 200
cat "$data"/*.jpg > /dev/null  # page cache warm for both sides
cli="$build/app/cli/taxa-cli"
one=$("$cli" bench pipeline --images "$data" --threads 1 --passes "$passes" --json)
two=$("$cli" bench pipeline --images "$data" --threads 2 --passes "$passes" --json)
peer=$(/usr/bin/python3 "$here/pipeline_bench.py" "$data" 224 "$passes")
python3 - "$one" "$two" "$peer" <<'PY'
import json, sys
one, two, peer = (json.loads(a) for a in sys.argv[1:])
for mode, need in (("train", 2.0), ("eval", 1.5)):
    ours, floor = one[mode]["images_per_second"], one[mode]["floor_per_second"]
    tv = peer[mode]["images_per_second"]
    print(f"{mode:5s}: taxa {ours:6.1f}/s  torchvision {tv:6.1f}/s  ratio {ours / tv:4.2f}x "
          f"(target >= {need}x)  decode floor {floor:6.1f}/s -> {100 * ours / floor:3.0f}% (target >= 80%)  "
          f"2 threads {two[mode]['images_per_second']:6.1f}/s -> {two[mode]['images_per_second'] / ours:4.2f}x (target >= 1.8x)")
PY
