#!/usr/bin/env bash
# Runs inside `unshare --mount --net --propagation private` (start.sh): lays out the engine's view
# of the trixie chroot, then execs its dockerd there. Nothing mounted here is seen by the host,
# and all of it goes away with the namespace's last process.
#
#   namespace.sh ENGINE
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/engines/common.sh
. "$here/common.sh"
engine=$1
known_engine "$engine" || die "unknown engine $engine"
state=$(engine_state_dir "$engine")

log "$engine: preparing the namespace (pid $$)"
mkdir -p "$CHROOT/var/lib/docker" "$CHROOT/run/docker" "$CHROOT/var/lib/rbc-capture"
ip link set lo up
# runc pivots into the container's rootfs, which needs the chroot to be a mount point.
mount --bind "$CHROOT" "$CHROOT"
mount --rbind /proc "$CHROOT/proc"
mount --rbind /sys "$CHROOT/sys"
mount --rbind /dev "$CHROOT/dev"
# The host's /tmp: the tests write the files they bind into containers there, and the client
# reads its --env-file and writes its --cidfile there.
mount --rbind /tmp "$CHROOT/tmp"
# The engine's own state at the default paths, so the paths in its config.json are the host
# engine's (volume sources under /var/lib/docker, and so on).
mount --bind "$state/data" "$CHROOT/var/lib/docker"
mount --bind "$state/exec" "$CHROOT/run/docker"
mount --bind "$state/capture" "$CHROOT/var/lib/rbc-capture"
case "$engine" in
  *-v2)
    # A cgroup2 hierarchy in place of the host's v1 ones: Docker then reports cgroup version 2.
    # The host binds every controller to v1, so none is available (nor delegated) here.
    umount --recursive "$CHROOT/sys/fs/cgroup"
    mount -t cgroup2 cgroup2 "$CHROOT/sys/fs/cgroup"
    ;;
esac

log "$engine: starting dockerd"
exec chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 \
  /usr/sbin/dockerd \
  --host "unix://$(in_chroot "$(engine_socket "$engine")")" \
  --pidfile "$(in_chroot "$(engine_pidfile "$engine")")" \
  --data-root /var/lib/docker \
  --exec-root /run/docker \
  --bridge=none \
  --iptables=false \
  --ip6tables=false \
  --cgroup-parent "/$(engine_cgroup_name "$engine")" \
  --add-runtime "$CAPTURE_RUNTIME_NAME=$CAPTURE_RUNTIME_IN_CHROOT"
