import type { BigIntStats } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { HostConfig, HostDevice, HostDeviceTable } from "../spec/index.ts";

/** The host paths a HostConfig names as devices: `devices` (host side), then the blkio devices. */
export function hostDevicePaths(hc: HostConfig): string[] {
  const paths = [
    ...(hc.Devices ?? []).map((d) => d.PathOnHost),
    ...[
      ...(hc.BlkioWeightDevice ?? []),
      ...(hc.BlkioDeviceReadBps ?? []),
      ...(hc.BlkioDeviceWriteBps ?? []),
      ...(hc.BlkioDeviceReadIOps ?? []),
      ...(hc.BlkioDeviceWriteIOps ?? []),
    ].map((d) => d.Path),
  ];
  return [...new Set(paths)];
}

/**
 * The build host's device nodes at each path (the adapter behind SpecInput.hostDevices), found as
 * Docker finds them when it starts a container (oci.DevicesFromPath with runc's DeviceFromPath):
 * a symbolic link named directly is followed; a character, block or FIFO node is one device; a
 * directory gives every such node below it, walked in lexical order without following links. A
 * device below a directory keeps the path under the name the setting used, so that replacing
 * that prefix with the container path gives Docker's container path. Absent paths give [].
 */
export async function readHostDevices(paths: readonly string[]): Promise<HostDeviceTable> {
  const table = new Map<string, readonly HostDevice[]>();
  for (const path of paths) table.set(path, await devicesAt(path));
  return table;
}

async function devicesAt(named: string): Promise<HostDevice[]> {
  const linkStats = await statOrUndefined(() => lstat(named, { bigint: true }));
  if (linkStats === undefined) return [];
  const resolved = linkStats.isSymbolicLink()
    ? ((await statOrUndefined(() => realpath(named))) ?? named)
    : named;
  const single = await deviceAt(resolved, named);
  if (single !== undefined) return [single];
  const dirStats = await statOrUndefined(() => stat(resolved));
  if (dirStats?.isDirectory() !== true) return [];
  const devices: HostDevice[] = [];
  await walk(resolved, named, devices);
  return devices;
}

/** Go's filepath.Walk below `dir`: names sorted, links not followed, unreadable parts skipped. */
async function walk(dir: string, named: string, devices: HostDevice[]): Promise<void> {
  const names = (await statOrUndefined(() => readdir(dir))) ?? [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    const namedPath = join(named, name);
    const stats = await statOrUndefined(() => lstat(path, { bigint: true }));
    if (stats === undefined) continue;
    const device = toDevice(stats, namedPath);
    if (device !== undefined) devices.push(device);
    else if (stats.isDirectory()) await walk(path, namedPath, devices);
  }
}

async function deviceAt(path: string, named: string): Promise<HostDevice | undefined> {
  const stats = await statOrUndefined(() => lstat(path, { bigint: true }));
  return stats === undefined ? undefined : toDevice(stats, named);
}

const fileTypes = new Map<bigint, HostDevice["type"]>([
  [0o020000n, "c"],
  [0o060000n, "b"],
  [0o010000n, "p"],
]);

/** runc's DeviceFromPath: the node type, major and minor of st_rdev, st_mode & 07777, owner. */
function toDevice(stats: BigIntStats, path: string): HostDevice | undefined {
  const type = fileTypes.get(stats.mode & 0o170000n);
  if (type === undefined) return undefined;
  const rdev = stats.rdev;
  // glibc's gnu_dev_major / gnu_dev_minor.
  const major = ((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn);
  const minor = (rdev & 0xffn) | ((rdev >> 12n) & ~0xffn);
  return {
    path,
    type,
    major: Number(major),
    minor: Number(minor),
    fileMode: Number(stats.mode & 0o7777n),
    uid: Number(stats.uid),
    gid: Number(stats.gid),
  };
}

async function statOrUndefined<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch {
    return undefined;
  }
}
