import { parkingFiles } from "../network/parked-network.ts";
import { runRoot } from "../network/run-dir.ts";

/**
 * The `rbc` that compiled bundles' hooks find on runc's PATH when rbc runs runc: a POSIX shell
 * script that runs `node <launcher>`, except for the two steps of a restart that keeps its network
 * (parked-network.ts), which it does itself: starting Node twice would cost a restart more than
 * the rest of it. Whatever the fast path cannot do falls through to rbc, which sets the network up
 * afresh. `node` and `launcher` are this host's paths; the script lives in /run, never in a bundle.
 */
export function hookLauncherScript(node: string, launcher: string): string {
  const rbc = `exec ${quote(node)} ${quote(launcher)}`;
  const f = parkingFiles;
  return `#!/bin/sh
# Written by rbc for runc hooks; see src/run/hook-launcher.ts.
# Only a plain directory entry names a bundle (as runPath in src/network/run-dir.ts checks).
case "$3" in "" | .* | */*) fast=no ;; *) fast=yes ;; esac
if [ "$1" = hook ] && [ "$fast" = yes ] && [ -d ${quote(runRoot)}/"$3" ]; then
  dir=${quote(runRoot)}/"$3"
  state=$(cat)
  id=$(printf '%s' "$state" | sed -n 's/.*"id": *"\\([^"]*\\)".*/\\1/p')
  owner=$(sed -n 's/^  "containerId": "\\(.*\\)",$/\\1/p' "$dir/network.json" 2>/dev/null)
  if [ "$2" = poststop ] && [ -e "$dir/${f.restarting}" ] && [ -e "$dir/${f.adoptCommands}" ] &&
    [ -n "$id" ] && [ "$id" = "$owner" ]; then
    # Park: only the network namespace pin stays, holding the interface, lease and rules.
    umount "$dir/ns/ipc" "$dir/ns/pid" 2>/dev/null
    rm -f "$dir/${f.pid}"
    mv "$dir/${f.restarting}" "$dir/${f.parked}" && exit 0
  fi
  if [ "$2" = create-runtime ] && [ -e "$dir/${f.parked}" ] && [ -n "$id" ] && [ "$id" = "$owner" ] &&
    [ "$(printf '%s\\n' "$@")" = "$(cat "$dir/${f.hookArgs}")" ]; then
    pid=$(printf '%s' "$state" | sed -n 's/.*"pid": *\\([0-9][0-9]*\\).*/\\1/p')
    # Adopt: a new pair straight into the container, with the old interface's MAC, on the bridge,
    # with the address and routes; the parked interface keeps refusing connections until then.
    read -r bridge mac <"$dir/${f.adoptLink}"
    veth="vrbc$pid"
    if [ -n "$pid" ] && [ -n "$mac" ] &&
      ip link add "$veth" type veth peer name eth0 address "$mac" netns "$pid" &&
      ip link set dev "$veth" master "$bridge" &&
      ip link set dev "$veth" type bridge_slave hairpin on &&
      ip link set dev "$veth" up &&
      nsenter --net="/proc/$pid/ns/net" ip -batch "$dir/${f.adoptCommands}"; then
      # Unpinning the parked namespace destroys it, and the old pair with it.
      umount "$dir/ns/net" &&
        mount --bind "/proc/$pid/ns/net" "$dir/ns/net" &&
        mount --bind "/proc/$pid/ns/ipc" "$dir/ns/ipc" &&
        mount --bind "/proc/$pid/ns/pid" "$dir/ns/pid" &&
        echo "$pid" >"$dir/${f.pid}" &&
        rm -f "$dir/${f.parked}" && exit 0
    fi
    ip link del "$veth" 2>/dev/null
  fi
  printf '%s' "$state" | ${rbc} "$@"
  exit $?
fi
${rbc} "$@"
`;
}

/** A shell word for `text`, single-quoted. */
function quote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
