import { type Draft, drafted } from "./draft.ts";

/** Reads `devices` and `device_cgroup_rules` entries (the `docker run --device` forms). */

/** Device cgroup permissions: some of r, w and m, each once (Docker's validDeviceMode). */
function isDeviceMode(text: string): boolean {
  return /^[rwm]{1,3}$/.test(text) && new Set(text).size === text.length;
}

/**
 * The container path of a `devices` entry, `HOST[:CONTAINER][:PERMISSIONS]` (the host path when
 * no container path is given, as `docker run --device` reads it), or undefined when the entry has
 * no such form or the container path is not absolute. Merging uses it as the device's identity.
 */
export function deviceTarget(device: string): string | undefined {
  const parts = device.split(":");
  if (parts.length > 3 || parts.some((part) => part === "")) return undefined;
  const [host = "", second, third] = parts;
  if (third !== undefined && !isDeviceMode(third)) return undefined;
  const target =
    second === undefined || (third === undefined && isDeviceMode(second)) ? host : second;
  return target.startsWith("/") ? target : undefined;
}

/** `devices`: `HOST[:CONTAINER][:PERMISSIONS]` strings, kept as written. */
export function deviceEntries(raw: readonly string[]): Draft<string>[] {
  return raw.map((device, i) => {
    const problem =
      deviceTarget(device) === undefined
        ? `"devices[${i}]" must be HOST[:CONTAINER][:PERMISSIONS] with an absolute container path and permissions from r, w and m, got ${JSON.stringify(device)}`
        : undefined;
    return drafted(["devices", i], device, problem);
  });
}

// Docker's opts.ValidateDeviceCgroupRule: TYPE MAJOR:MINOR PERMISSIONS.
const cgroupRulePattern = /^[acb] (\d+|\*):(\d+|\*) [rwm]{1,3}$/;

/** `device_cgroup_rules`: `c 1:3 rwm` strings, kept as written. */
export function deviceCgroupRuleEntries(raw: readonly string[]): Draft<string>[] {
  return raw.map((rule, i) => {
    const problem = cgroupRulePattern.test(rule)
      ? undefined
      : `"device_cgroup_rules[${i}]" must be TYPE MAJOR:MINOR PERMISSIONS, such as "c 1:3 rwm" or "b 8:* r", got ${JSON.stringify(rule)}`;
    return drafted(["device_cgroup_rules", i], rule, problem);
  });
}
