#!/usr/bin/env bash
# Runs inside the Debian 13 root of scripts/debian13-check.sh: configures and builds the
# checkout in $TAXA_BUILD (build [TARGET...]), or runs its tests (test). $TAXA_SCOPE=engine (and every --cuda run) leaves
# the GUI and its tests out: the engine, taxa-cli, the benchmarks and the core and engine tests.
set -euo pipefail
build=${TAXA_BUILD:?}
case "${1:-}" in
  build)
    gui=ON
    [ "${TAXA_SCOPE:-all}" = engine ] && gui=OFF
    [ "${TAXA_CUDA:-0}" = 1 ] && gui=OFF
    mkdir -p "$(dirname "$build")"
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTAXA_BUILD_GUI=$gui \
      > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
    grep -E "ML engine|CUDA detected|NCCL|cuDNN" "$build.configure.log" || true
    ccache -z > /dev/null
    # Other work shares this machine: niced, two jobs unless TAXA_JOBS says otherwise.
    shift
    # TARGETS... (default: all) builds those first; a later call without builds the rest.
    targets=()
    [ $# -gt 0 ] && targets=(--target "$@")
    rc=0
    # -k 0: on a new release every file that breaks is worth knowing in one run.
    nice -n 10 cmake --build "$build" -j "${TAXA_JOBS:-2}" "${targets[@]}" -- -k 0 2>&1 | tee "$build.build.log" \
      | { grep -E "warning|error|FAILED" || true; } || rc=$?
    [ $rc -eq 0 ] || { tail -n 40 "$build.build.log"; exit 1; }
    echo "warnings in the build: $(grep -c 'warning:' "$build.build.log" || true)"
    ccache -s | grep -E "Hits|Misses" | head -n 3 || true
    ;;
  test)
    ctest --test-dir "$build" -j 2 --output-on-failure --timeout 1800
    ;;
  *)
    echo "usage: build-and-test.sh build|test" >&2
    exit 2
    ;;
esac
