#!/usr/bin/env bash
# Builds and runs tests under a sanitizer (clang-14 on Debian 12, clang-19 on Debian 13), each
# in its own build folder:
#   scripts/sanitize.sh asan   the core (torch-free) tests with AddressSanitizer +
#                              UndefinedBehaviorSanitizer (preset asan, label "core")
#   scripts/sanitize.sh tsan   the threaded parts with ThreadSanitizer (preset tsan): the
#                              annotation loader, the batch loader, a short training subset,
#                              the GUI's workers
# docs/RELIABILITY.md records the runs and what the TSan suppressions cover.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD"
# The presets name Debian 12's clang-14; Debian 13 has clang-19 (scripts/install-deps.sh).
cxx=clang++-14
command -v $cxx > /dev/null || cxx=clang++-19
case "${1:-}" in
  asan)
    [ -f build/asan/build.ninja ] || cmake --preset asan -DCMAKE_CXX_COMPILER=$cxx > /dev/null
    nice -n 10 cmake --build --preset asan --target core_tests
    ctest --preset asan
    ;;
  tsan)
    [ -f build/tsan/build.ninja ] || cmake --preset tsan -DCMAKE_CXX_COMPILER=$cxx > /dev/null
    tests=(test_readers test_loader test_thumbnails test_trainingworker test_train)
    nice -n 10 cmake --build --preset tsan --target "${tests[@]}" taxa_engine
    # LibTorch and Qt are not instrumented: their own synchronisation (OpenMP barriers, futex-
    # based mutexes) is invisible to TSan. One intra-op thread keeps LibTorch's OpenMP pool out
    # of the picture; the suppressions name only frames inside those libraries.
    export TSAN_OPTIONS="suppressions=$PWD/scripts/tsan.supp halt_on_error=1 second_deadlock_stack=1"
    export OMP_NUM_THREADS=1 QT_QPA_PLATFORM=offscreen QTEST_FUNCTION_TIMEOUT=3600000
    export TAXA_TEST_TIME_SCALE=10  # waits and time limits of the GUI worker tests
    cd build/tsan/tests
    # The annotation loader: files parsed on three threads, names copied on a fourth, pages
    # released behind both.
    ./test_readers
    ./test_loader
    ./test_thumbnails
    ./test_trainingworker
    # The trainer's threads (loader workers, the step loop, cancellation, checkpoints): the
    # short cases; learning to an accuracy is test_train's job in the release build.
    ./test_train cancelStopsWithinOneBatch resumesExactlyAfterAStop
    ;;
  *)
    echo "usage: scripts/sanitize.sh asan|tsan" >&2
    exit 2
    ;;
esac
