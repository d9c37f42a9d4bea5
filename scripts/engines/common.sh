# Shared settings of the extra Docker engines (sourced by the scripts beside it).
#
# Docker 26.1 is not in Debian bookworm: it runs from a Debian trixie chroot, one dockerd per
# engine, each in private mount and network namespaces. Engines:
#   26.1-v1  the host's cgroup v1 hierarchies
#   26.1-v2  a cgroup2 hierarchy mounted on the chroot's /sys/fs/cgroup (no controllers delegated)
# Inside its namespace each engine sees the default paths (/var/lib/docker, /run/docker), bound
# from per-engine directories, so the paths it writes into config.json are those of the host's
# 20.10 engine. What the host needs (socket, pid file, log, capture dir) lives under the chroot, on
# the same filesystem, so the host reaches it at <root>/<path>.
# shellcheck shell=bash

readonly ENGINES_DIR=${RBC_ENGINES_DIR:-/var/lib/rbc-engines}
readonly CHROOT=$ENGINES_DIR/trixie
readonly SUITE=trixie
readonly MIRROR=${RBC_DEBIAN_MIRROR:-http://deb.debian.org/debian}
# docker-compose is Compose v2 (2.26), for the Compose import round trip (test/integration/).
readonly CHROOT_PACKAGES=(docker.io docker-cli docker-compose containerd runc tini iptables ca-certificates)
readonly KNOWN_ENGINES=(26.1-v1 26.1-v2)
# Bump when the chroot's contents change, so that a cached chroot is rebuilt.
readonly CHROOT_VERSION=2
readonly CHROOT_MARKER=$CHROOT/etc/rbc-engines-chroot
# Versions whose chroot only lacks packages added since: they get them in place (install-chroot.sh),
# so the engines running from the chroot keep running. Version 1 lacks docker-compose.
readonly CHROOT_UPGRADABLE_VERSIONS=(1)
# Inside the chroot.
readonly CAPTURE_RUNTIME_NAME=rbc-capture
readonly CAPTURE_RUNTIME_IN_CHROOT=/usr/local/libexec/rbc/capture-runtime

log() { printf 'engines: %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}
need_root() { [ "$(id -u)" = 0 ] || die "$1 needs root"; }

known_engine() {
  local engine
  for engine in "${KNOWN_ENGINES[@]}"; do [ "$engine" = "$1" ] && return 0; done
  return 1
}

# Per-engine paths on the chroot's filesystem, as the host sees them. Inside its namespace the
# engine sees data/ at /var/lib/docker, exec/ at /run/docker and capture/ at /var/lib/rbc-capture.
engine_state_dir() { printf '%s/var/lib/rbc-engine/%s' "$CHROOT" "$1"; }
engine_run_dir() { printf '%s/run/rbc-engine/%s' "$CHROOT" "$1"; }
engine_socket() { printf '%s/docker.sock' "$(engine_run_dir "$1")"; }
engine_pidfile() { printf '%s/dockerd.pid' "$(engine_run_dir "$1")"; }
engine_capture_dir() { printf '%s/capture' "$(engine_state_dir "$1")"; }
engine_log() { printf '%s/log/dockerd-%s.log' "$ENGINES_DIR" "$1"; }
# The same paths inside the chroot (what dockerd and the docker client are given).
in_chroot() { printf '%s' "${1#"$CHROOT"}"; }
# The engine's dockerd, containerd, shims and containers all live under cgroups of this name
# (dockerd --cgroup-parent), which is how stop.sh finds what a dead dockerd left behind.
engine_cgroup_name() { printf 'rbc-engine-%s' "$1"; }

# The pid of the engine's dockerd when it is alive, else nothing (and status 1).
engine_pid() {
  local pidfile pid
  pidfile=$(engine_pidfile "$1")
  [ -f "$pidfile" ] || return 1
  pid=$(cat "$pidfile" 2>/dev/null) || return 1
  [ -n "$pid" ] && [ -d "/proc/$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ] ||
    return 1
  printf '%s' "$pid"
}

# Runs the engine's own docker client inside the engine's mount namespace and chroot.
engine_docker() {
  local engine=$1 pid
  shift
  pid=$(engine_pid "$engine") || {
    log "error: engine $engine is not running"
    return 1
  }
  nsenter --target "$pid" --mount --root --wd=/ -- \
    /usr/bin/docker --host "unix://$(in_chroot "$(engine_socket "$engine")")" "$@"
}
