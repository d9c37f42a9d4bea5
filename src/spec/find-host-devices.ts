import type { HostDevice, HostDeviceTable } from "./container-state.ts";

/** What a host path a setting names turned out to be on the build host. */
export type HostDeviceLookup =
  | { readonly kind: "node"; readonly device: HostDevice }
  | { readonly kind: "directory"; readonly devices: readonly HostDevice[] };

/**
 * The host device node at `path`, or the device nodes of the directory at `path`; undefined when
 * the host has neither (Docker: "error gathering device information"). A single entry that is not
 * below `path` is the node itself (reported by its own or by its resolved path, when `path` is a
 * symlink); entries below `path` are a directory's nodes.
 */
export function findHostDevices(
  table: HostDeviceTable,
  path: string,
): HostDeviceLookup | undefined {
  const devices = table.get(path) ?? [];
  const [first] = devices;
  if (first === undefined) return undefined;
  if (devices.length === 1 && !isBelow(first.path, path)) return { kind: "node", device: first };
  return { kind: "directory", devices };
}

function isBelow(path: string, dir: string): boolean {
  return path.startsWith(dir.endsWith("/") ? dir : `${dir}/`);
}

/** The diagnostic text for a path without a device on the build host. */
export function noDeviceMessage(path: string): string {
  return `no device at ${path} on this host`;
}
