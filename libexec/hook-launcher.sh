#!/bin/sh
# rbc's hook launcher: the `rbc` that compiled bundles' hooks find on runc's PATH when rbc runs
# runc (src/run/hook-environment.ts installs it as /run/rbc/.bin/rbc). It runs Node with rbc, except
# for the two steps of a restart that keeps its network, which it does itself: starting Node twice
# would cost a restart more than the rest of it. Whatever the fast path cannot do falls through to
# rbc, which sets the network up afresh.
#
# rbc writes this file with a header, between the #! line and the rest, that sets:
#   node, launcher   this host's node and rbc's bin/rbc.js
#   run_root         /run/rbc (src/contract/run-layout.ts)
#   file_*           the parking files (src/contract/parking-files.ts), each plain text
#
# Arguments are rbc's: `hook create-runtime <id> --network <mode> [--publish <spec>]...` or
# `hook poststop <id>` (src/contract/hook-command.ts); runc passes the container's state JSON on
# stdin.

rbc() { exec "$node" "$launcher" "$@"; }

# Test-only fault injection (src/run/kill-point.ts): when RBC_TEST_KILL_AT names this point,
# SIGKILL RBC_TEST_KILL_PID, the rbc that runs runc (the hook goes on), or, negative, a process
# group (this hook and its runc with it). Inert unless the variable is set.
kill_point() {
  if [ "${RBC_TEST_KILL_AT-}" = "$1" ] && [ -n "${RBC_TEST_KILL_PID-}" ]; then
    kill -s KILL -- "$RBC_TEST_KILL_PID"
  fi
}

# Only a plain directory entry names a bundle (as runPath in src/contract/run-layout.ts checks).
case "$3" in "" | .* | */*) fast=no ;; *) fast=yes ;; esac
if [ "$1" != hook ] || [ "$fast" != yes ] || [ ! -d "$run_root/$3" ]; then
  rbc "$@"
fi

dir=$run_root/$3
# Up to the adoption itself, builtins read runc's state and the parking files: every program the
# launcher starts costs a restart a few milliseconds, so `ip -batch` and `mount -a` do several
# steps each, too.
# runc's state JSON is one line (json.Marshal), its "id" ahead of the annotations (specs.State);
# should it come in several, all of it is kept for rbc, and the fast paths find no id.
state= line=
while IFS= read -r line; do state="$state$line
"; done
state=$state$line
id=${state#*\"id\":\"}
case "$id" in "$state") id= ;; *) id=${id%%\"*} ;; esac
owner=
[ -r "$dir/$file_owner" ] && IFS= read -r owner <"$dir/$file_owner"

if [ "$2" = poststop ] && [ -e "$dir/$file_restarting" ] && [ -e "$dir/$file_adoptCommands" ] &&
  [ -n "$id" ] && [ "$id" = "$owner" ]; then
  kill_point poststop-parking
  # Park: only the network namespace pin stays, holding the interface, lease and rules. The
  # adopting container's pid is emptied, which readers take as none.
  umount "$dir/ns/ipc" "$dir/ns/pid" 2>/dev/null
  : >"$dir/$file_pid"
  mv "$dir/$file_restarting" "$dir/$file_parked" && exit 0
fi

# Whether the arguments are the lines of stdin (the parked network's hook arguments), in order.
same_args() {
  while IFS= read -r line; do
    [ $# -gt 0 ] && [ "$line" = "$1" ] || return 1
    shift
  done
  [ $# -eq 0 ]
}

if [ "$2" = create-runtime ] && [ -e "$dir/$file_parked" ] && [ -n "$id" ] && [ "$id" = "$owner" ] &&
  [ -r "$dir/$file_hookArgs" ] && same_args "$@" <"$dir/$file_hookArgs"; then
  kill_point create-runtime-adopting
  pid=${state#*\"pid\":}
  case "$pid" in "$state") pid= ;; *) pid=${pid%%[!0-9]*} ;; esac
  # Adopt: a new pair straight into the container, with the old interface's MAC, on the bridge,
  # with the address and routes; the parked interface keeps refusing connections until then.
  bridge= mac=
  read -r bridge mac <"$dir/$file_adoptLink"
  veth="vrbc$pid"
  if [ -n "$pid" ] && [ -n "$mac" ] && ip -batch - <<LINK &&
link add $veth type veth peer name eth0 address $mac netns $pid
link set dev $veth master $bridge
link set dev $veth type bridge_slave hairpin on
link set dev $veth up
LINK
    nsenter --net="/proc/$pid/ns/net" ip -batch "$dir/$file_adoptCommands"; then
    # Unpinning the parked namespace destroys it, and the old pair with it. The new container's
    # namespaces are pinned from one table by one mount (libmount reads a table from a regular
    # file only).
    printf '/proc/%s/ns/%s %s none bind 0 0\n' "$pid" net "$dir/ns/net" "$pid" ipc "$dir/ns/ipc" \
      "$pid" pid "$dir/ns/pid" >"$dir/$file_pins"
    if umount "$dir/ns/net" && mount -a -T "$dir/$file_pins" &&
      echo "$pid" >"$dir/$file_pid" &&
      rm -f "$dir/$file_parked"; then
      kill_point create-runtime-adopted
      exit 0
    fi
  fi
  ip link del "$veth" 2>/dev/null
fi

printf '%s' "$state" | rbc "$@"
