/**
 * A restart keeps the bundle's network. rbc watch marks the bundle (`restarting`) before it stops
 * the container; the poststop hook then parks the network (`parked`: the network namespace pin
 * keeps the interface up, with its address lease and iptables rules) instead of deleting it. The
 * next container's create-runtime hook, given the same arguments, creates a veth pair straight
 * into the new namespace with the old interface's MAC address, plugs it into the bridge, gives it
 * the address and routes in `adopt.ip`, and only then drops the parked namespace (and with it the
 * old pair). CNI DEL and ADD (plugin runs and iptables calls) leave the restart; the address, the
 * MAC (so the host's ARP entry stays right) and the iptables rules stay the same, and the old
 * interface answers, refusing connections, until the new one is up. (Moving the old interface
 * instead takes the kernel some 30 ms, during which connection attempts are silently dropped.)
 *
 * Both steps run in rbc's hook launcher (libexec/hook-launcher.sh), a shell script, without starting
 * Node; these files, under `/run/rbc/<id>/`, are the contract between it and the Node side,
 * which writes them when it sets a network up. Each is plain text meant for shell: no JSON.
 */
export const parkingFiles = {
  /** Empty: the next poststop parks the network instead of tearing it down. */
  restarting: "restarting",
  /** Empty: the network is parked, waiting for the next container to adopt it. */
  parked: "parked",
  /** The runc id of the container the network was set up for, on one line. */
  owner: "owner",
  /** The create-runtime arguments the network was set up for, one per line. */
  hookArgs: "hook-args",
  /** `ip -batch` commands that give the new interface the address and routes. */
  adoptCommands: "adopt.ip",
  /** `<bridge> <mac>`: where the new pair's host end goes, and the container end's MAC. */
  adoptLink: "adopt.link",
  /**
   * The pid of the container that adopted the network (newer than network.json's); empty while
   * the network is parked.
   */
  pid: "pid",
  /** The launcher's own: the table it pins an adopting container's namespaces from (fstab). */
  pins: "pins.fstab",
} as const;
