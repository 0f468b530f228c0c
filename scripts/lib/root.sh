# Sourced by scripts/debian13-check.sh and scripts/fresh-root-check.sh: a Debian root made with
# debootstrap, the mounts a build inside it needs, and taking them down again. Expects $mirror
# (Debian's package mirror) and a die function; root_mount_all and root_unmount_all act on
# $root.

# Whether Debian's mirror answers (before a long step that needs it, so that it fails in one
# line instead of after apt's retries).
root_reach_mirror() {
  local hostport=${mirror#*://}
  hostport=${hostport%%/*}
  local host=${hostport%%:*} port=80
  [[ $hostport == *:* ]] && port=${hostport##*:}
  [[ $mirror == https://* && $hostport != *:* ]] && port=443
  timeout 15 bash -c "exec 3<>/dev/tcp/$host/$port" 2> /dev/null
}

# root_bootstrap SUITE DIR LOG: a minimal root of SUITE (bookworm, trixie) in DIR.
root_bootstrap() {
  local suite=$1 dir=$2 log=$3
  command -v debootstrap > /dev/null || die "debootstrap is missing: apt-get install debootstrap"
  root_reach_mirror || die "cannot reach Debian's package mirror $mirror (set DEBIAN_MIRROR to another)"
  rm -rf "$dir.partial"
  # Into a side folder first: an interrupted debootstrap never leaves a root that looks usable.
  debootstrap --variant=minbase "$suite" "$dir.partial" "$mirror" > "$log" 2>&1 \
    || die "debootstrap failed (see $log)"
  mv "$dir.partial" "$dir"
}

# root_sources SUITE: apt's sources in $root (contrib holds the CUDA LibTorch, non-free the
# CUDA toolkit and NCCL), and the host's resolver.
root_sources() {
  cat > "$root/etc/apt/sources.list" <<SOURCES
deb $mirror $1 main contrib non-free non-free-firmware
deb $mirror $1-updates main contrib non-free non-free-firmware
SOURCES
  rm -f "$root/etc/apt/sources.list.d/debian.sources"
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2> /dev/null || true
}

root_mounts=()
root_unmount_all() {
  local i
  for (( i=${#root_mounts[@]}-1; i>=0; i-- )); do
    umount -R "${root_mounts[i]}" 2> /dev/null || umount -l "${root_mounts[i]}" 2> /dev/null || true
  done
  root_mounts=()
}

# root_mount TARGET ARGS...: mount ARGS at $root/TARGET, taken down by root_unmount_all.
root_mount() {
  local target=$root$1
  shift
  mkdir -p "$target"
  # A run that was killed (a session ending mid-build) leaves its mounts: take them down, or
  # mount refuses ("already mounted") and the check stops before it starts.
  if mountpoint -q "$target"; then umount -R "$target" 2> /dev/null || umount -l "$target"; fi
  mount "$@" "$target"
  root_mounts+=("$target")
}

# What a program inside the root needs of the kernel: /proc, /sys and the devices (/dev/shm).
root_mount_system() {
  root_mount /proc -t proc proc
  root_mount /sys -t sysfs sysfs
  root_mount /dev --rbind /dev
  mount --make-rslave "$root/dev"
}
