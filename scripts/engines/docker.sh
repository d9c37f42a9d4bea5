#!/usr/bin/env bash
# The docker client of an extra engine: Debian trixie's, run in the engine's mount namespace and
# chroot (so it sees the files the engine sees, the host's /tmp included).
#
#   bash scripts/engines/docker.sh 26.1-v1 info   (as root)
#
# RBC_ENGINE_CLIENT_HOST (a unix:// socket under /tmp, which the chroot shares) points the client
# at something in front of the engine instead: the differential tests' request-amending proxy.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/engines/common.sh
. "$here/common.sh"
engine=${1:-}
known_engine "$engine" || die "usage: docker.sh ENGINE [docker arguments] (engines: ${KNOWN_ENGINES[*]})"
shift
pid=$(engine_pid "$engine") || die "engine $engine is not running (start it: scripts/engines/start.sh $engine)"
exec nsenter --target "$pid" --mount --root --wd=/ -- \
  /usr/bin/docker --host "${RBC_ENGINE_CLIENT_HOST:-unix://$(in_chroot "$(engine_socket "$engine")")}" "$@"
