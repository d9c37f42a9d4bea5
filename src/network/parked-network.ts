import { rm, writeFile } from "node:fs/promises";
import type { NetworkRecord } from "./network-record.ts";
import { runPath } from "./run-dir.ts";

/**
 * A restart keeps the bundle's network. rbc watch marks the bundle (`restarting`) before it stops
 * the container; the poststop hook then parks the network (`parked`: the network namespace pin
 * keeps the interface, its address lease and its iptables rules) instead of deleting it, and the
 * next container's create-runtime hook, given the same arguments, moves the interface into its
 * own namespace and restores its address and routes from `adopt.ip`. CNI DEL and ADD (plugin runs
 * and iptables calls) leave the restart, and the address stays the same.
 *
 * Both steps run in rbc's hook launcher (hook-launcher.ts), without starting Node; these files
 * are the contract between it and the Node side, which writes them when it sets a network up.
 */
export const parkingFiles = {
  restarting: "restarting",
  parked: "parked",
  /** The create-runtime arguments the network was set up for, one per line. */
  hookArgs: "hook-args",
  /** `ip -batch` commands that give the moved interface its address and routes back. */
  adoptCommands: "adopt.ip",
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
  if (commands === undefined) return;
  await writeFile(runPath(record.name, parkingFiles.adoptCommands), commands);
  await writeFile(runPath(record.name, parkingFiles.hookArgs), `${hookArgs.join("\n")}\n`);
}

/**
 * `ip -batch` commands restoring what the bridge and loopback plugins configured inside the
 * container (moving an interface between namespaces drops its addresses and routes).
 */
export function adoptCommands(record: NetworkRecord): string | undefined {
  const index = record.calls.findIndex((call) => call.type === "bridge");
  const call = record.calls[index];
  const result = record.results[index] as
    | {
        ips?: { address?: string; gateway?: string }[];
        routes?: { dst?: string; gw?: string }[];
      }
    | undefined;
  if (call === undefined || result === undefined) return undefined;
  const ips = result.ips ?? [];
  const gateway = ips.find((ip) => ip.gateway !== undefined)?.gateway;
  const dev = call.ifName;
  const lines = [
    "link set dev lo up",
    ...ips.flatMap((ip) => (ip.address === undefined ? [] : [`addr add ${ip.address} dev ${dev}`])),
    `link set dev ${dev} up`,
    ...(result.routes ?? []).flatMap((route) => {
      const gw = route.gw ?? gateway;
      return route.dst === undefined || gw === undefined
        ? []
        : [`route add ${route.dst} via ${gw} dev ${dev}`];
    }),
  ];
  return `${lines.join("\n")}\n`;
}
