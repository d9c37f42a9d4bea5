#!/usr/bin/env bash
# Installs (once) the Debian trixie chroot the extra Docker engines run from, with Debian's
# docker.io 26.1, its client, containerd and runc, and the capture runtime. Safe to run again:
# a complete chroot (marker file of the current CHROOT_VERSION) is kept, only the capture
# runtime is refreshed.
#
#   bash scripts/engines/install-chroot.sh   (as root)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/engines/common.sh
. "$here/common.sh"
readonly CAPTURE_RUNTIME_SOURCE=$here/../capture-runtime.sh
readonly ATTEMPTS=3
readonly INSTALL_LOG=$ENGINES_DIR/log/install-chroot.log

# Runs "$@" up to ATTEMPTS times (a mirror hiccup should not fail a CI run), its output going
# to INSTALL_LOG; the log's last lines are shown when an attempt fails.
retry() {
  local attempt
  for attempt in $(seq 1 "$ATTEMPTS"); do
    printf '\n### %s\n' "$*" >>"$INSTALL_LOG"
    "$@" >>"$INSTALL_LOG" 2>&1 && return 0
    log "attempt $attempt/$ATTEMPTS failed: $*; last lines of $INSTALL_LOG:"
    tail -n 15 "$INSTALL_LOG" >&2 || true
    [ "$attempt" = "$ATTEMPTS" ] || sleep $((attempt * 5))
  done
  return 1
}

# Anything still mounted under $1 (deepest first).
mounts_under() { awk -v dir="$1" '$2 == dir || index($2, dir "/") == 1 { print $2 }' /proc/self/mounts | sort -r; }

# Removes a directory tree, but never through a mount point left in it (a bound /dev or /proc).
remove_tree() {
  local dir=$1 mount_point
  [ -e "$dir" ] || return 0
  for mount_point in $(mounts_under "$dir"); do umount -l "$mount_point" || true; done
  if [ -n "$(mounts_under "$dir")" ]; then
    die "$dir still has mounts ($(mounts_under "$dir" | tr '\n' ' ')); not removing it"
  fi
  rm -rf --one-file-system "$dir"
}

install_host_debootstrap() {
  if [ "$(dpkg-query -W -f='${Status}' debootstrap 2>/dev/null)" = "install ok installed" ] &&
    [ -f /usr/share/debootstrap/scripts/$SUITE ] &&
    [ -f /usr/share/keyrings/debian-archive-keyring.gpg ]; then
    return
  fi
  log "apt-get install debootstrap debian-archive-keyring (host)"
  retry env DEBIAN_FRONTEND=noninteractive apt-get update -qq || die "apt-get update failed"
  retry env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    debootstrap debian-archive-keyring || die "apt-get install debootstrap failed"
  [ -f /usr/share/debootstrap/scripts/$SUITE ] || die "this debootstrap does not know $SUITE"
}

# apt-get inside the chroot, in a private mount namespace with its own /proc, so that nothing
# the package scripts do is mounted on the host and no mount outlives the command.
chroot_apt() {
  local root=$1
  shift
  unshare --mount --propagation private -- /bin/sh -c '
    root=$1; shift
    mount -t proc proc "$root/proc" && mount --rbind /dev "$root/dev" &&
      exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 apt-get "$@"
  ' sh "$root" "$@"
}

build_chroot() {
  local partial=$CHROOT.partial
  remove_tree "$partial"
  log "debootstrap --variant=minbase $SUITE into $partial (log: $INSTALL_LOG)"
  retry fresh_debootstrap "$partial" || die "debootstrap failed"
  # No service may start from a package script: the engines are started by start.sh only.
  printf '#!/bin/sh\nexit 101\n' >"$partial/usr/sbin/policy-rc.d"
  chmod 0755 "$partial/usr/sbin/policy-rc.d"
  cat >"$partial/etc/apt/apt.conf.d/90rbc-engines" <<'APT'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Retries "5";
Dpkg::Options { "--force-confdef"; "--force-confold"; };
APT
  log "apt-get install ${CHROOT_PACKAGES[*]} (in the chroot)"
  retry chroot_apt "$partial" update -qq || die "apt-get update in the chroot failed"
  retry chroot_apt "$partial" install -y -qq "${CHROOT_PACKAGES[@]}" ||
    die "apt-get install in the chroot failed"
  chroot_apt "$partial" clean >>"$INSTALL_LOG" 2>&1 || true
  # Binds of /etc/hosts (a scenario mounts it) need the file, as on the host.
  [ -e "$partial/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n' >"$partial/etc/hosts"
  printf '%s\n' "$CHROOT_VERSION" >"$partial/etc/rbc-engines-chroot"
  remove_tree "$CHROOT"
  mv "$partial" "$CHROOT"
}

# debootstrap into an empty directory (what a failed attempt left is removed first).
fresh_debootstrap() {
  remove_tree "$1"
  debootstrap --variant=minbase "$SUITE" "$1" "$MIRROR"
}

install_capture_runtime() {
  local target=$CHROOT$CAPTURE_RUNTIME_IN_CHROOT
  cmp -s "$CAPTURE_RUNTIME_SOURCE" "$target" && return
  log "installing the capture runtime at $target"
  install -D -m 0755 "$CAPTURE_RUNTIME_SOURCE" "$target"
}

# Adds the packages a chroot of an upgradable older version lacks, in place: apt-get install with
# --no-upgrade changes no package it has (the engines may be running docker.io from it).
upgrade_chroot() {
  log "adding ${CHROOT_PACKAGES[*]} to the $SUITE chroot of version $1 (in place)"
  retry chroot_apt "$CHROOT" update -qq || die "apt-get update in the chroot failed"
  retry chroot_apt "$CHROOT" install -y -qq --no-upgrade "${CHROOT_PACKAGES[@]}" ||
    die "apt-get install in the chroot failed"
  chroot_apt "$CHROOT" clean >>"$INSTALL_LOG" 2>&1 || true
  printf '%s\n' "$CHROOT_VERSION" >"$CHROOT_MARKER"
}

upgradable() {
  local version
  for version in "${CHROOT_UPGRADABLE_VERSIONS[@]}"; do [ "$version" = "$1" ] && return 0; done
  return 1
}

need_root "installing the $SUITE chroot"
present=$(cat "$CHROOT_MARKER" 2>/dev/null || true)
if [ "$present" = "$CHROOT_VERSION" ]; then
  log "$SUITE chroot present at $CHROOT ($(chroot "$CHROOT" dpkg-query -W -f='${Version}' docker.io))"
elif [ -n "$present" ] && upgradable "$present"; then
  mkdir -p "$(dirname "$INSTALL_LOG")"
  upgrade_chroot "$present"
  log "$SUITE chroot ready at $CHROOT ($(chroot "$CHROOT" dpkg-query -W -f='${Version}' docker-compose))"
else
  mkdir -p "$(dirname "$INSTALL_LOG")"
  install_host_debootstrap
  build_chroot
  log "$SUITE chroot ready at $CHROOT ($(chroot "$CHROOT" dpkg-query -W -f='${Version}' docker.io))"
fi
install_capture_runtime
