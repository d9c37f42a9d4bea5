#!/usr/bin/env bash
# Stops the extra Docker engines (default: all of them): dockerd gets SIGTERM and stops its
# containers; then whatever is left in the engine's cgroups is killed and its exec-root wiped, so
# that the next start.sh starts clean. Data (images, volumes) is kept.
#
#   bash scripts/engines/stop.sh [26.1-v1] [26.1-v2]   (as root)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/engines/common.sh
. "$here/common.sh"
# shellcheck source=scripts/engines/cleanup.sh
. "$here/cleanup.sh"
readonly WAIT_SECONDS=40

stop_engine() {
  local engine=$1 pid started
  known_engine "$engine" || die "unknown engine $engine (known: ${KNOWN_ENGINES[*]})"
  if pid=$(engine_pid "$engine"); then
    log "$engine: stopping dockerd (pid $pid)"
    kill -TERM "$pid"
    started=$SECONDS
    while [ -d "/proc/$pid" ] && [ $((SECONDS - started)) -lt "$WAIT_SECONDS" ]; do sleep 0.5; done
    [ -d "/proc/$pid" ] && log "$engine: dockerd still runs after ${WAIT_SECONDS}s; killing it"
  else
    log "$engine: not running"
  fi
  clean_up_engine "$engine"
}

need_root "stopping the engines"
engines=("$@")
[ "${#engines[@]}" -gt 0 ] || engines=("${KNOWN_ENGINES[@]}")
for engine in "${engines[@]}"; do stop_engine "$engine"; done
