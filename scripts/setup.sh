#!/usr/bin/env bash
# Prepares a machine to build and test rbc; safe to run again (fast when all is in place).
#
#   bash scripts/setup.sh        (as root; from another user: sudo bash scripts/setup.sh)
#
# 1. installs the Debian packages the tests use (zsh and fish check rbc completion; apt-get update
#    only if one is missing);
# 2. runs `npm ci` when node_modules is missing or older than package-lock.json;
# 3. starts dockerd (with the rbc-capture runtime) unless an engine already answers;
# 4. builds the deterministic example/test images and loads those the engine lacks;
# 5. installs (once, cached under /var/lib/rbc-engines) a Debian trixie chroot with Docker 26.1,
#    starts its engines 26.1-v1 and 26.1-v2 unless they answer, and loads the images into them
#    (scripts/engines/; RBC_EXTRA_ENGINES=none skips this step).
# Progress goes to stderr.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly DOCKER=/usr/bin/docker
readonly DOCKERD=/usr/sbin/dockerd
readonly PACKAGES=(docker.io runc busybox-static containernetworking-plugins mtree-netbsd iptables iproute2 zsh fish)
readonly CAPTURE_RUNTIME_NAME=rbc-capture
readonly CAPTURE_RUNTIME=/usr/local/libexec/rbc/capture-runtime
readonly DOCKERD_LOG=/var/log/rbc-dockerd.log
readonly DOCKERD_WAIT_SECONDS=60

log() { printf 'setup: %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}
need_root() { [ "$(id -u)" = 0 ] || die "$1 needs root: run this as root (sudo bash scripts/setup.sh)"; }

install_packages() {
  local missing=() package
  for package in "${PACKAGES[@]}"; do
    if [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]; then
      missing+=("$package")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    log "Debian packages present: ${PACKAGES[*]}"
    return
  fi
  need_root "installing ${missing[*]}"
  log "apt-get update"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  log "apt-get install ${missing[*]}"
  # Keep the packages' init scripts from starting a dockerd of their own (without the capture
  # runtime): policy-rc.d exit 101 tells invoke-rc.d not to start services.
  local policy=/usr/sbin/policy-rc.d added_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 0755 "$policy"
    added_policy=1
  fi
  local status=0
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 ||
    status=$?
  if [ "$added_policy" = 1 ]; then rm -f "$policy"; fi
  [ "$status" = 0 ] || die "apt-get install failed (exit $status)"
}

install_node_modules() {
  # npm ci rewrites node_modules/.package-lock.json, so it is newer than the lock file after.
  if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
    log "node_modules up to date"
    return
  fi
  log "npm ci (its prepare script builds dist/)"
  npm ci --no-audit --no-fund >&2 && return
  # npm writes node_modules/.package-lock.json once the dependencies are in place, before the
  # project's own prepare (tsc) runs: a fresh one means only the build of dist/ failed. That is
  # for typecheck/build to report; the engine and images are still worth setting up.
  if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
    log "warning: dependencies installed, but the prepare script (build of dist/) failed; see above"
  else
    die "npm ci failed"
  fi
}

install_capture_runtime() {
  if cmp -s scripts/capture-runtime.sh "$CAPTURE_RUNTIME"; then
    return
  fi
  need_root "installing $CAPTURE_RUNTIME"
  log "installing capture runtime wrapper at $CAPTURE_RUNTIME"
  install -D -m 0755 scripts/capture-runtime.sh "$CAPTURE_RUNTIME"
}

dockerd_running() {
  local pid
  if command -v pgrep >/dev/null; then
    # The extra engines' dockerd run in a chroot (scripts/engines/): not the host's engine.
    for pid in $(pgrep -x dockerd); do
      [ "$(readlink "/proc/$pid/root")" = / ] && return 0
    done
    return 1
  else
    [ -f /var/run/docker.pid ] && kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null
  fi
}

engine_answers() { timeout 10 "$DOCKER" info >/dev/null 2>&1; }

start_engine() {
  if engine_answers; then
    log "Docker engine already running; leaving it as it is"
    return
  fi
  need_root "starting dockerd"
  # A dockerd that does not answer yet may still be starting: never start a second one,
  # since two daemons fight over docker0 and the containerd state.
  if dockerd_running; then
    log "a dockerd process exists but does not answer yet; waiting for it"
  else
    log "starting dockerd --add-runtime $CAPTURE_RUNTIME_NAME=$CAPTURE_RUNTIME (log: $DOCKERD_LOG)"
    setsid "$DOCKERD" --add-runtime "$CAPTURE_RUNTIME_NAME=$CAPTURE_RUNTIME" \
      </dev/null >>"$DOCKERD_LOG" 2>&1 &
  fi
  local started=$SECONDS problem=""
  until engine_answers; do
    # (setsid may fork, so look for the process rather than at $!.)
    if [ $((SECONDS - started)) -ge 1 ] && ! dockerd_running; then
      problem="dockerd exited"
    elif [ $((SECONDS - started)) -ge "$DOCKERD_WAIT_SECONDS" ]; then
      problem="dockerd did not answer within ${DOCKERD_WAIT_SECONDS}s"
    fi
    if [ -n "$problem" ]; then
      log "$problem; last lines of $DOCKERD_LOG:"
      tail -n 40 "$DOCKERD_LOG" >&2 || true
      die "Docker engine unavailable"
    fi
    sleep 1
  done
  log "Docker engine answers after $((SECONDS - started))s"
}

check_capture_runtime() {
  # The tests read RBC_CAPTURE_RUNTIME too (test/support/capture.ts).
  local wanted=${RBC_CAPTURE_RUNTIME:-$CAPTURE_RUNTIME_NAME} runtimes
  runtimes=$("$DOCKER" info --format '{{json .Runtimes}}')
  if [[ "$runtimes" != *"\"$wanted\""* ]]; then
    log "warning: the running engine has no '$wanted' runtime (it has $runtimes);"
    log "warning: the differential tests need one: restart dockerd with"
    log "warning:   --add-runtime $CAPTURE_RUNTIME_NAME=$CAPTURE_RUNTIME"
    log "warning: or point RBC_CAPTURE_RUNTIME/RBC_CAPTURE_DIR at an equivalent runtime"
  fi
}

build_images() {
  log "building and loading images (scripts/images/build-images.ts)"
  node_modules/.bin/tsx scripts/images/build-images.ts >&2
}

install_packages
install_node_modules
install_capture_runtime
start_engine
check_capture_runtime
build_images
if [ "${RBC_EXTRA_ENGINES:-all}" = none ]; then
  log "RBC_EXTRA_ENGINES=none: not setting up the Docker 26.1 engines"
elif [ "$(id -u)" != 0 ]; then
  log "warning: not root: not setting up the Docker 26.1 engines (they need root)"
else
  bash scripts/engines/install-chroot.sh
  bash scripts/engines/start.sh
  bash scripts/engines/load-images.sh
fi
log "done"
