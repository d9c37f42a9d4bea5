import { type DeviceMapping, cleanPath } from "../spec/index.ts";

/**
 * One `devices` entry, `HOST[:CONTAINER[:PERMISSIONS]]`, as the Docker 20.10 CLI reads `--device`:
 * first validated and cleaned (opts.validateLinuxPath), then split (opts.parseLinuxDevice). With two
 * parts, a second part made only of distinct r/w/m letters is the permissions. The container path
 * defaults to the host path, the permissions to `rwm`. rbc also wants an absolute host path: a
 * bundle names devices of the machine it runs on.
 */
export function parseDevice(spec: string): { device: DeviceMapping } | { error: string } {
  const parts = spec.split(":");
  const [host = "", second, third] = parts;
  if (parts.length > 3 || host === "")
    return { error: `"${spec}" is not HOST[:CONTAINER[:PERMISSIONS]]` };
  // With two parts, a second part that is a permission string leaves the host path in place.
  const hostIsContainer = second === undefined || (third === undefined && isDeviceMode(second));
  if (third !== undefined && !isDeviceMode(third)) {
    return { error: `bad permissions "${third}" (use r, w and m)` };
  }
  const container = hostIsContainer ? host : second;
  const permissions = third ?? (hostIsContainer && second !== undefined ? second : "rwm");
  if (!container.startsWith("/")) return { error: `"${container}" is not an absolute path` };
  if (!host.startsWith("/")) return { error: `host path "${host}" is not an absolute path` };
  // The CLI cleans the container path (also the host path when it doubles as it), but not with three parts.
  const cleaned = third === undefined ? cleanPath(container) : container;
  return {
    device: {
      PathOnHost: hostIsContainer ? cleaned : host,
      PathInContainer: cleaned,
      CgroupPermissions: permissions,
    },
  };
}

/** A non-empty combination of distinct r, w and m (opts.validDeviceMode). */
function isDeviceMode(mode: string): boolean {
  return mode !== "" && /^[rwm]+$/.test(mode) && new Set(mode).size === mode.length;
}

/** `device_cgroup_rules` syntax (opts.ValidateDeviceCgroupRule). */
export function isDeviceCgroupRule(rule: string): boolean {
  return /^[acb] ([0-9]+|\*):([0-9]+|\*) [rwm]{1,3}$/.test(rule);
}
