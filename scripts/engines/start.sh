#!/usr/bin/env bash
# Starts the extra Docker engines (default: all of them) unless they already answer.
#
#   bash scripts/engines/start.sh [26.1-v1] [26.1-v2]   (as root)
#
# Each runs from the trixie chroot (install-chroot.sh) in its own mount and network namespaces;
# its socket, log and capture dir are printed when it answers. stop.sh stops them.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/engines/common.sh
. "$here/common.sh"
# shellcheck source=scripts/engines/cleanup.sh
. "$here/cleanup.sh"
readonly WAIT_SECONDS=60

engine_answers() { timeout 10 bash -c '. "$1/common.sh"; engine_docker "$2" version' sh "$here" "$1" >/dev/null 2>&1; }

start_engine() {
  local engine=$1 started problem="" cgroup
  known_engine "$engine" || die "unknown engine $engine (known: ${KNOWN_ENGINES[*]})"
  if engine_answers "$engine"; then
    log "$engine: already running (socket $(engine_socket "$engine")); leaving it as it is"
    return
  fi
  if engine_pid "$engine" >/dev/null; then
    log "$engine: dockerd exists but does not answer yet; waiting for it"
  else
    # A dockerd that died leaves its containerd shims running and its exec-root behind.
    clean_up_engine "$engine"
    local state
    state=$(engine_state_dir "$engine")
    mkdir -p "$state/data" "$state/exec" "$state/capture" "$(engine_run_dir "$engine")" \
      "$(dirname "$(engine_log "$engine")")"
    cgroup=$(tracking_cgroup "$engine")
    log "$engine: starting (log: $(engine_log "$engine"))"
    # The whole process tree starts in the engine's tracking cgroup, so cleanup finds it.
    setsid bash -c '
      if [ -n "$1" ]; then mkdir -p "$1" && echo $$ >"$1/cgroup.procs"; fi
      exec unshare --mount --net --propagation private -- bash "$2/namespace.sh" "$3"
    ' sh "$cgroup" "$here" "$engine" </dev/null >>"$(engine_log "$engine")" 2>&1 &
  fi
  started=$SECONDS
  until engine_answers "$engine"; do
    if [ $((SECONDS - started)) -ge 3 ] && ! engine_pid "$engine" >/dev/null; then
      problem="dockerd exited"
    elif [ $((SECONDS - started)) -ge "$WAIT_SECONDS" ]; then
      problem="dockerd did not answer within ${WAIT_SECONDS}s"
    fi
    if [ -n "$problem" ]; then
      log "$engine: $problem; last lines of $(engine_log "$engine"):"
      tail -n 30 "$(engine_log "$engine")" >&2 || true
      die "engine $engine unavailable"
    fi
    sleep 1
  done
  log "$engine: answers after $((SECONDS - started))s: $(engine_docker "$engine" info --format \
    'server {{.ServerVersion}}, cgroup v{{.CgroupVersion}} ({{.CgroupDriver}}), runc {{.RuncCommit.ID}}')"
  log "$engine: DOCKER_HOST=unix://$(engine_socket "$engine") capture dir $(engine_capture_dir "$engine")"
}

need_root "starting the engines"
[ "$(cat "$CHROOT_MARKER" 2>/dev/null)" = "$CHROOT_VERSION" ] ||
  die "no chroot at $CHROOT: run scripts/engines/install-chroot.sh first"
engines=("$@")
[ "${#engines[@]}" -gt 0 ] || engines=("${KNOWN_ENGINES[@]}")
for engine in "${engines[@]}"; do start_engine "$engine"; done
