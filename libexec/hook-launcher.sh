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
state=$(cat)
# runc's state JSON (json.Marshal: no spaces) names the container and its pid.
id=$(printf '%s' "$state" | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p')
owner=$(cat "$dir/$file_owner" 2>/dev/null)

if [ "$2" = poststop ] && [ -e "$dir/$file_restarting" ] && [ -e "$dir/$file_adoptCommands" ] &&
  [ -n "$id" ] && [ "$id" = "$owner" ]; then
  kill_point poststop-parking
  # Park: only the network namespace pin stays, holding the interface, lease and rules.
  umount "$dir/ns/ipc" "$dir/ns/pid" 2>/dev/null
  rm -f "$dir/$file_pid"
  mv "$dir/$file_restarting" "$dir/$file_parked" && exit 0
fi

if [ "$2" = create-runtime ] && [ -e "$dir/$file_parked" ] && [ -n "$id" ] && [ "$id" = "$owner" ] &&
  [ "$(printf '%s\n' "$@")" = "$(cat "$dir/$file_hookArgs")" ]; then
  kill_point create-runtime-adopting
  pid=$(printf '%s' "$state" | sed -n 's/.*"pid": *\([0-9][0-9]*\).*/\1/p')
  # Adopt: a new pair straight into the container, with the old interface's MAC, on the bridge,
  # with the address and routes; the parked interface keeps refusing connections until then.
  read -r bridge mac <"$dir/$file_adoptLink"
  veth="vrbc$pid"
  if [ -n "$pid" ] && [ -n "$mac" ] &&
    ip link add "$veth" type veth peer name eth0 address "$mac" netns "$pid" &&
    ip link set dev "$veth" master "$bridge" &&
    ip link set dev "$veth" type bridge_slave hairpin on &&
    ip link set dev "$veth" up &&
    nsenter --net="/proc/$pid/ns/net" ip -batch "$dir/$file_adoptCommands"; then
    # Unpinning the parked namespace destroys it, and the old pair with it.
    if umount "$dir/ns/net" &&
      mount --bind "/proc/$pid/ns/net" "$dir/ns/net" &&
      mount --bind "/proc/$pid/ns/ipc" "$dir/ns/ipc" &&
      mount --bind "/proc/$pid/ns/pid" "$dir/ns/pid" &&
      echo "$pid" >"$dir/$file_pid" &&
      rm -f "$dir/$file_parked"; then
      kill_point create-runtime-adopted
      exit 0
    fi
  fi
  ip link del "$veth" 2>/dev/null
fi

printf '%s' "$state" | rbc "$@"
