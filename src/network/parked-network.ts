import { rm, writeFile } from "node:fs/promises";
import { bridgeOutcome } from "./bridge-outcome.ts";
import type { NetworkRecord } from "./network-record.ts";
import { runPath } from "./run-dir.ts";

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
 * Both steps run in rbc's hook launcher (hook-launcher.ts), without starting Node; these files
 * are the contract between it and the Node side, which writes them when it sets a network up.
 */
export const parkingFiles = {
  restarting: "restarting",
  parked: "parked",
  /** The create-runtime arguments the network was set up for, one per line. */
  hookArgs: "hook-args",
  /** `ip -batch` commands that give the new interface the address and routes. */
  adoptCommands: "adopt.ip",
  /** `<bridge> <mac>`: where the new pair's host end goes, and the container end's MAC. */
  adoptLink: "adopt.link",
  /** The pid of the container that adopted the network (newer than network.json's). */
  pid: "pid",
} as const;

/** Marks bundle `name` as about to restart (its poststop parks rather than tears down). */
export async function markRestart(name: string): Promise<void> {
  await writeFile(runPath(name, parkingFiles.restarting), "").catch(() => undefined);
}

/** Takes the mark back (the stop is over, or did not happen). */
export async function clearRestartMark(name: string): Promise<void> {
  await rm(runPath(name, parkingFiles.restarting), { force: true });
}

/**
 * Writes what the launcher needs to park and adopt a bridge network: the hook's arguments, and
 * the interface's addresses and routes from the bridge plugin's result. Other networks are not
 * kept across restarts (none has nothing worth keeping; host and container join others).
 */
export async function writeParkingFiles(
  record: NetworkRecord,
  hookArgs: readonly string[],
): Promise<void> {
  const commands = record.network === "bridge" ? adoptCommands(record) : undefined;
  const link = adoptLink(record);
  if (commands === undefined || link === undefined) return;
  await writeFile(runPath(record.name, parkingFiles.adoptCommands), commands);
  await writeFile(runPath(record.name, parkingFiles.adoptLink), link);
  await writeFile(runPath(record.name, parkingFiles.hookArgs), `${hookArgs.join("\n")}\n`);
}

/**
 * `<bridge> <mac>` for the new pair: the bridge the plugin plugged the container into and the MAC
 * of its interface in the container (the result's interface with a `sandbox`).
 */
export function adoptLink(record: NetworkRecord): string | undefined {
  const bridge = bridgeOutcome(record);
  const name = bridge?.call.config.bridge;
  const mac = bridge?.result.interfaces?.find(
    (i) => i.sandbox !== undefined && i.sandbox !== "",
  )?.mac;
  if (typeof name !== "string" || mac === undefined || !/^[0-9a-f:]{17}$/i.test(mac)) {
    return undefined;
  }
  return `${name} ${mac}\n`;
}

/**
 * `ip -batch` commands giving the new interface in the container what the bridge and loopback
 * plugins configured: loopback up, the addresses, the link up, the routes.
 */
export function adoptCommands(record: NetworkRecord): string | undefined {
  const bridge = bridgeOutcome(record);
  if (bridge === undefined) return undefined;
  const ips = bridge.result.ips ?? [];
  const gateway = ips.find((ip) => ip.gateway !== undefined)?.gateway;
  const dev = bridge.call.ifName;
  const lines = [
    "link set dev lo up",
    ...ips.flatMap((ip) => (ip.address === undefined ? [] : [`addr add ${ip.address} dev ${dev}`])),
    `link set dev ${dev} up`,
    ...(bridge.result.routes ?? []).flatMap((route) => {
      const gw = route.gw ?? gateway;
      return route.dst === undefined || gw === undefined
        ? []
        : [`route add ${route.dst} via ${gw} dev ${dev}`];
    }),
  ];
  return `${lines.join("\n")}\n`;
}
