#!/usr/bin/env bash
# What a user on a fresh Debian 12 or 13 machine gets, tried in fresh minimal roots of that
# release on any Debian machine (as root):
#
#   scripts/fresh-root-check.sh 12|13
#       clones this checkout's HEAD into a fresh root and times the README's two commands there:
#       scripts/run-demo.sh (until the app's window shows, under Xvfb, with a screenshot) and
#       scripts/test.sh; then builds the packages with scripts/package.sh, and installs them into
#       a second fresh root (the "install" step below)
#   scripts/fresh-root-check.sh install 12|13 DEB...
#       installs the packages with apt into a fresh root; taxa-cli --version must name the
#       engine, and with the CPU engine a one-epoch training run on a small demo must pass
#
# A fresh root is a copy of an untouched `debootstrap --variant=minbase` root of the release,
# kept as a tarball in $TAXA_FRESH_CACHE (default /var/cache/taxa-workbench/fresh) so that each
# check starts from the same bare system in seconds; delete the tarball to debootstrap anew.
# Nothing is shared with the build roots of scripts/debian13-check.sh: no ccache, no packages.
# An X server (xvfb) stands in for the user's desktop; it is installed before the timing starts.
# With taxa-workbench-engine-cuda, nvidia-cudnn (the installer that downloads cuDNN from
# NVIDIA, which a machine without internet cannot reach) is an equivs placeholder in that root
# only (scripts/debian13/cudnn-stand-in.sh); taxa-cli --version reads the engine's build
# without loading it, so the check needs no cuDNN, and it trains only with the CPU engine.
set -Eeuo pipefail
trap 'echo "fresh-root-check: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
main() {
cd "$(dirname "$0")/.."
src=$PWD
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${TAXA_FRESH_CACHE:-/var/cache/taxa-workbench/fresh}
die() { echo "fresh-root-check: $*" >&2; exit 1; }
stamp() { echo "== $(date -u +%H:%M:%S) $*"; }
usage="usage: scripts/fresh-root-check.sh 12|13, or install 12|13 DEB..."
mode=readme
if [ "${1:-}" = install ]; then mode=install; shift; fi
case "${1:-}" in
  12) suite=bookworm ;;
  13) suite=trixie ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
release=$1
shift
[ $mode = install ] && [ $# -eq 0 ] && { echo "$usage" >&2; exit 2; }
[ $mode = readme ] && [ $# -gt 0 ] && { echo "$usage" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mounts): run it with sudo"
. scripts/lib/root.sh
mkdir -p "$cache"
trap root_unmount_all EXIT
# Each check has its own roots (readme-13, install-13, install-13-cuda): two can run at once.
if [ $mode = install ]; then
  install_check "$@"
else
  readme_check
fi
}

# fresh_root NAME: $root becomes a bare minimal root of $suite in $cache/NAME, mounted.
fresh_root() {
  local pristine=$cache/$suite-minbase.tar
  exec 9> "$cache/lock-$1"
  flock -n 9 || die "another check is using $cache/$1 (lock $cache/lock-$1)"
  # Whoever comes first makes the tarball; another check waits for it.
  exec 8> "$cache/lock-$suite-minbase"
  flock 8
  if [ ! -f "$pristine" ]; then
    stamp "debootstrap: a minimal Debian $release root, kept as $pristine"
    root_bootstrap "$suite" "$cache/$suite-minbase" "$cache/debootstrap-$suite.log"
    tar -C "$cache/$suite-minbase" -cf "$pristine.partial" .
    mv "$pristine.partial" "$pristine"
    rm -rf "$cache/$suite-minbase"
  fi
  flock -u 8
  root_unmount_all
  root=$cache/$1
  rm -rf "$root"
  mkdir -p "$root"
  tar -C "$root" -xf "$pristine"
  # debootstrap writes no /etc/hosts; Debian's installer does, and without it Debian 12's glibc
  # does not resolve localhost (test_distributed's store connects to it by name).
  printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$root/etc/hosts"
  root_sources "$suite"
  root_mount_system
}

# Runs a command inside $root as root, in its home, with a clean environment.
inside() {
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb USER=root \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive bash -euo pipefail -c "cd /root; $*"
}

apt_in_root() {  # apt_in_root PACKAGE...: quietly, into $root
  inside "apt-get update -qq && apt-get install -y -qq --no-install-recommends $*" \
    > "$root.apt.log" 2>&1 || { tail -n 20 "$root.apt.log"; die "apt-get install $* failed in $root"; }
}

readme_check() {
  stamp "a fresh Debian $release root in $cache/readme-$release"
  fresh_root "readme-$release"
  git clone -q --no-local "$src" "$root/root/taxa-workbench"
  echo "clone of $(git -C "$src" rev-parse --short HEAD) (committed work only)"
  # The desktop the README assumes: an X server, and tools to see its window.
  apt_in_root xvfb xauth x11-utils x11-apps
  stamp "scripts/run-demo.sh (until the app's window shows)"
  local t0=$(date +%s)
  inside "cd taxa-workbench && bash scripts/lib/run-demo-shot.sh /root/run-demo" \
    > "$cache/run-demo-$release.log" 2>&1 || { tail -n 30 "$cache/run-demo-$release.log"; die "scripts/run-demo.sh failed"; }
  local t_demo=$(( $(date +%s) - t0 ))
  tail -n 2 "$cache/run-demo-$release.log"
  cp "$root/root/run-demo.xwd" "$cache/run-demo-$release.xwd"
  stamp "scripts/test.sh"
  t0=$(date +%s)
  inside "cd taxa-workbench && scripts/test.sh" > "$cache/test-$release.log" 2>&1 \
    || { tail -n 40 "$cache/test-$release.log"; die "scripts/test.sh failed (see $cache/test-$release.log)"; }
  local t_test=$(( $(date +%s) - t0 ))
  grep -E "tests passed|tests failed|Total Test time" "$cache/test-$release.log" || true
  stamp "scripts/package.sh"
  t0=$(date +%s)
  inside "cd taxa-workbench && scripts/package.sh" > "$cache/package-$release.log" 2>&1 \
    || { tail -n 30 "$cache/package-$release.log"; die "scripts/package.sh failed"; }
  local t_package=$(( $(date +%s) - t0 ))
  rm -rf "$cache/debs-$release"
  mkdir -p "$cache/debs-$release"
  cp "$root"/root/taxa-workbench/build/release/taxa-workbench*.deb "$cache/debs-$release/"
  echo "fresh Debian $(cat "$root/etc/debian_version"): scripts/run-demo.sh $t_demo s, scripts/test.sh $t_test s," \
    "scripts/package.sh $t_package s; screenshot $cache/run-demo-$release.xwd, packages in $cache/debs-$release"
  root_unmount_all
  rm -rf "$root"
  install_check "$cache/debs-$release"/*.deb
}

install_check() {
  local deb debs=() names=""
  for deb in "$@"; do
    [ -f "$deb" ] || die "no package $deb"
    debs+=("/tmp/debs/$(basename "$deb")")
    names+=" $(basename "$deb")"
  done
  local cuda=0 name=install-$release
  [[ "$names" == *taxa-workbench-engine-cuda_* ]] && { cuda=1; name=install-$release-cuda; }
  stamp "a fresh Debian $release root: apt install$names"
  fresh_root "$name"
  mkdir -p "$root/tmp/debs"
  cp "$@" "$root/tmp/debs/"
  if [ $cuda = 1 ]; then
    cp scripts/debian13/cudnn-stand-in.sh "$root/tmp/"
    inside "bash /tmp/cudnn-stand-in.sh package" > "$root.apt.log" 2>&1 \
      || { tail -n 20 "$root.apt.log"; die "the cuDNN placeholder failed"; }
  fi
  local t0=$(date +%s)
  apt_in_root "${debs[*]}"
  echo "apt install took $(( $(date +%s) - t0 )) s"
  local version
  version=$(inside "taxa-cli --version") || die "taxa-cli --version failed"
  echo "$version" | sed 's/^/      /'
  [[ "$version" == *"engine: LibTorch "*"(/usr/"* ]] || die "the installed taxa-cli names no installed engine"
  # Every library the app needs came with the packages' dependencies.
  inside "[ ! -e /usr/bin/taxa ] || ! ldd /usr/bin/taxa | grep 'not found'" \
    || die "/usr/bin/taxa lacks libraries that the packages should have brought"
  if [ $cuda = 0 ]; then
    # The CPU engine loads from the package and trains: a one-epoch run on a small demo.
    inside "taxa-cli demo --out /tmp/demo --species 14 --max-train 12 --image-size 64 > /dev/null &&
      taxa-cli train --dataset /tmp/demo --out /tmp/run --preset quick-cpu --epochs 1 > /tmp/train.log &&
      tail -n 1 /tmp/train.log" || die "training with the installed engine failed"
  fi
  echo "fresh-root-check: installed and ran on Debian $(cat "$root/etc/debian_version"):$names"
  root_unmount_all
  rm -rf "$root"
}
main "$@"
