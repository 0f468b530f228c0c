#!/usr/bin/env bash
# Builds and tests Taxa Workbench on Debian 13 (trixie: Qt 6.8, LibTorch 2.6, OpenCV 4.10,
# GCC 14) from any Debian machine, in a minimal Debian 13 root made once with debootstrap and
# kept in a cache folder (named below), into which this checkout is bind-mounted:
#
#   scripts/debian13-check.sh            the whole project on Debian's CPU LibTorch, every test
#   scripts/debian13-check.sh --cuda     the engine, taxa-cli, bench/gpu_check and the core and
#                                        engine tests on Debian's CUDA LibTorch, then the checks
#                                        that the CUDA code is built in (no GPU needed)
#   TAXA_DEBIAN13_SCOPE=engine scripts/debian13-check.sh
#                                        only the engine, taxa-cli and the core and engine tests
#                                        (what CI runs; see .ci/run)
#
# Needs root (debootstrap, chroot, bind mounts) and, the first time or when packages change,
# Debian's package mirror. The root lives in $TAXA_DEBIAN13_CACHE/debian13[-cuda]
# (default /var/cache/taxa-workbench), with ccache's files beside it so that reruns are fast;
# the build folder is build/debian13[-cuda] in this checkout. Delete the cache folder to start
# from scratch.
#
# With --cuda on a machine without internet: libtorch-cuda-2.6 depends on nvidia-cudnn, an
# installer that downloads cuDNN from NVIDIA. Inside this root only (never on a user's system),
# an equivs placeholder package stands in for nvidia-cudnn and a stand-in libcudnn.so.9 (the
# soname, and an aborting definition of every cuDNN function the installed libraries import)
# lets programs link and the engine load; no cuDNN function can be reached without a GPU. (The check root never has a GPU, so it never needs the
# real cuDNN.)
set -Eeuo pipefail
# A step that fails says where (set -e alone exits silently); -E: inside main too.
trap 'echo "debian13-check: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
# Read the whole script before running it: editing it during a run (hours) cannot derail that run.
main() {
cd "$(dirname "$0")/.."
src=$PWD
cuda=0
case "${1:-}" in
  "") ;;
  --cuda) cuda=1 ;;
  *) echo "usage: scripts/debian13-check.sh [--cuda]" >&2; exit 2 ;;
esac
scope=${TAXA_DEBIAN13_SCOPE:-all}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
name=debian13
[ $cuda = 1 ] && name=debian13-cuda
cache=${TAXA_DEBIAN13_CACHE:-/var/cache/taxa-workbench}/$name
root=$cache/root
build=build/$name

die() { echo "debian13-check: $*" >&2; exit 1; }
stamp() { echo "== $(date -u +%H:%M:%S) $*"; }

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and bind mounts): run it with sudo"
mkdir -p "$cache"
# One run per root at a time: a second would share its mounts and its dpkg database.
exec 9> "$cache/lock"
flock -n 9 || die "another run is using $root (lock $cache/lock)"

. scripts/lib/root.sh

t_start=$(date +%s)
if [ ! -f "$root/etc/debian_version" ]; then
  stamp "debootstrap: a minimal Debian 13 root in $root"
  root_bootstrap trixie "$root" "$cache/debootstrap.log"
  echo "debootstrap took $(( $(date +%s) - t_start )) s"
fi
root_sources trixie
trap root_unmount_all EXIT
root_mount_system
root_mount /src --bind "$src"
# One ccache for both roots (next to them, kept across runs): the torch-free code compiles the
# same in each.
mkdir -p "$cache/../ccache-debian13"
root_mount /var/cache/ccache --bind "$cache/../ccache-debian13"

# Everything else runs inside the root, with a clean environment.
inside() {
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    CCACHE_DIR=/var/cache/ccache CCACHE_BASEDIR=/src DEBIAN_FRONTEND=noninteractive \
    TAXA_CUDA="$cuda" TAXA_BUILD="$build" TAXA_SCOPE="$scope" TAXA_JOBS="${TAXA_JOBS:-2}" \
    bash -euo pipefail -c "cd /src; $*"
}

t0=$(date +%s)
if [ $cuda = 1 ]; then
  stamp "cuDNN installer: an equivs placeholder (this root only)"
  inside scripts/debian13/cudnn-stand-in.sh package
fi
stamp "dependencies (scripts/install-deps.sh$([ $cuda = 1 ] && echo ' --cuda'))"
# apt's output goes to a log; its notes (install-deps: ...) and a failure's tail are shown.
if ! inside "scripts/install-deps.sh $([ $cuda = 1 ] && echo --cuda)" > "$cache/install-deps.log" 2>&1; then
  tail -n 30 "$cache/install-deps.log"
  root_reach_mirror || die "cannot reach Debian's package mirror $mirror to install the dependencies"
  die "installing the dependencies failed (see $cache/install-deps.log)"
fi
grep -E "^(install-deps|Installing):" "$cache/install-deps.log" | cut -c1-300 || true
[ $cuda = 1 ] && inside "scripts/debian13/cudnn-stand-in.sh library"
t_deps=$(( $(date +%s) - t0 ))

t_checks=0
t_build=0
if [ $cuda = 1 ]; then
  # What the CUDA checks need first: their answer comes before the long part (the tests).
  stamp "configure and build the engine, taxa-cli and gpu_check in $build (nice, -j${TAXA_JOBS:-2})"
  t0=$(date +%s)
  inside scripts/debian13/build-and-test.sh build taxa_engine taxa-cli gpu_check
  t_build=$(( $(date +%s) - t0 ))
  stamp "CUDA checks"
  t0=$(date +%s)
  inside scripts/debian13/cuda-checks.sh
  t_checks=$(( $(date +%s) - t0 ))
fi
stamp "configure and build in $build (nice, -j${TAXA_JOBS:-2})"
t0=$(date +%s)
inside scripts/debian13/build-and-test.sh build
t_build=$(( t_build + $(date +%s) - t0 ))
stamp "tests"
t0=$(date +%s)
inside scripts/debian13/build-and-test.sh test
t_test=$(( $(date +%s) - t0 ))
echo "debian13-check$([ $cuda = 1 ] && echo ' --cuda'): passed on $(cat "$root/etc/debian_version") ($scope);" \
  "dependencies $t_deps s, build $t_build s, tests $t_test s, checks $t_checks s," \
  "total $(( $(date +%s) - t_start )) s"
}
main "$@"
