import { rm, writeFile } from "node:fs/promises";
import { parkingFiles, runPath } from "../contract/index.ts";
import { bridgeOutcome } from "./bridge-outcome.ts";
import type { NetworkRecord } from "./network-record.ts";

/*
 * The Node side of parking a network across a restart (the protocol and its files:
 * contract/parking-files.ts): marking a restart, and writing what the hook launcher adopts.
 */

/** Marks bundle `name` as about to restart (its poststop parks rather than tears down). */
export async function markRestart(name: string): Promise<void> {
  await writeFile(runPath(name, parkingFiles.restarting), "").catch(() => undefined);
}

/** Takes the mark back (the stop is over, or did not happen). */
export async function clearRestartMark(name: string): Promise<void> {
  await rm(runPath(name, parkingFiles.restarting), { force: true });
}

/**
 * Writes what the launcher needs to park and adopt a bridge network (parkingFileContents).
 */
export async function writeParkingFiles(
  record: NetworkRecord,
  hookArgs: readonly string[],
): Promise<void> {
  for (const [file, content] of parkingFileContents(record, hookArgs)) {
    await writeFile(runPath(record.name, file), content);
  }
}

/**
 * The parking files a network set up for `record` starts with: the container that owns it, the
 * hook's arguments, and the interface's addresses and routes from the bridge plugin's result. Other
 * networks are not kept across restarts (none has nothing worth keeping; host and container join
 * others), so they have none.
 */
export function parkingFileContents(
  record: NetworkRecord,
  hookArgs: readonly string[],
): Map<string, string> {
  const commands = record.network === "bridge" ? adoptCommands(record) : undefined;
  const link = adoptLink(record);
  if (commands === undefined || link === undefined) return new Map();
  return new Map([
    [parkingFiles.adoptCommands, commands],
    [parkingFiles.adoptLink, link],
    [parkingFiles.hookArgs, `${hookArgs.join("\n")}\n`],
    [parkingFiles.owner, `${record.containerId}\n`],
  ]);
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
