import type { HostConfig } from "../spec/index.ts";
import type { InitPart } from "./init-overlay.ts";
import { emptyPart, isUnset, sameSetting } from "./init-overlay.ts";

/**
 * Privileges, capabilities, groups, security options, devices, the read-only root, init and
 * tmpfs mounts that differ from the image's `baseline`. A seccomp profile Docker keeps inline
 * (`seccomp=<JSON>`) goes to a file beside the overlay, which `security_opt` names, as the CLI
 * reads it from one; its text is kept byte for byte (the CLI compacts it, which changes nothing
 * in compact JSON).
 */
export function securityEntries(hc: HostConfig, baseline: HostConfig): InitPart {
  const part = emptyPart();
  const { entries } = part;
  if (hc.Privileged)
    entries.push({ key: "privileged", value: true, comment: "HostConfig.Privileged" });
  if (hc.ReadonlyRootfs) {
    entries.push({ key: "read_only", value: true, comment: "HostConfig.ReadonlyRootfs" });
  }
  const lists = [
    ["CapAdd", "cap_add"],
    ["CapDrop", "cap_drop"],
    ["GroupAdd", "group_add"],
    ["DeviceCgroupRules", "device_cgroup_rules"],
  ] as const;
  for (const [field, key] of lists) {
    const value = hc[field];
    if (value === undefined || value === null || isUnset(value)) continue;
    entries.push({ key, value: [...value], comment: `HostConfig.${field}` });
  }
  const options = securityOptions(hc, baseline, part);
  if (options.length > 0) {
    entries.push({ key: "security_opt", value: options, comment: securityComment(hc, baseline) });
  }
  const devices = (hc.Devices ?? []).map(
    (d) => `${d.PathOnHost}:${d.PathInContainer}:${d.CgroupPermissions}`,
  );
  if (devices.length > 0)
    entries.push({ key: "devices", value: devices, comment: "HostConfig.Devices" });
  if (hc.Init !== undefined && hc.Init !== null) {
    entries.push({ key: "init", value: hc.Init, comment: "HostConfig.Init" });
  }
  const tmpfs = Object.entries(hc.Tmpfs ?? {}).map(([target, data]) =>
    data === "" ? target : `${target}:${data}`,
  );
  if (tmpfs.length > 0) entries.push({ key: "tmpfs", value: tmpfs, comment: "HostConfig.Tmpfs" });
  return part;
}

function securityOptions(hc: HostConfig, baseline: HostConfig, part: InitPart): string[] {
  let profiles = 0;
  const options = (hc.SecurityOpt ?? []).map((opt) => {
    const json = /^seccomp[=:](.+)$/s.exec(opt)?.[1];
    if (json === undefined || json === "unconfined") return opt;
    profiles++;
    const file = profiles === 1 ? "seccomp.json" : `seccomp-${profiles}.json`;
    part.files[file] = `${json}\n`;
    return `seccomp=${file}`;
  });
  if (unconfinedPaths(hc, baseline)) return [...options, "systempaths=unconfined"];
  const patches = pathPatches(hc, baseline);
  if (patches.length > 0) {
    part.entries.push({
      key: "patches",
      value: patches,
      comment: "HostConfig.MaskedPaths, ReadonlyPaths",
      note: [
        "The container's masked and read-only paths are not the target's defaults (another",
        "Docker release made it): no key sets them, so patches do. Remove them to take the defaults.",
      ],
    });
  }
  return options;
}

/** JSON Patch `add` (which replaces) of the system paths that are neither the defaults nor none. */
function pathPatches(hc: HostConfig, baseline: HostConfig) {
  if (unconfinedPaths(hc, baseline)) return [];
  const fields = [
    ["MaskedPaths", "/linux/maskedPaths"],
    ["ReadonlyPaths", "/linux/readonlyPaths"],
  ] as const;
  return fields.flatMap(([field, path]) =>
    sameSetting(hc[field], baseline[field])
      ? []
      : [{ op: "add" as const, path, value: [...(hc[field] ?? [])] }],
  );
}

/** `--security-opt systempaths=unconfined`: no masked or read-only paths where Docker has some. */
function unconfinedPaths(hc: HostConfig, baseline: HostConfig): boolean {
  return (
    !hc.Privileged &&
    isUnset(hc.MaskedPaths) &&
    isUnset(hc.ReadonlyPaths) &&
    !isUnset(baseline.MaskedPaths)
  );
}

function securityComment(hc: HostConfig, baseline: HostConfig): string {
  const fields = [
    ...(isUnset(hc.SecurityOpt) ? [] : ["HostConfig.SecurityOpt"]),
    ...(unconfinedPaths(hc, baseline) ? ["HostConfig.MaskedPaths", "ReadonlyPaths"] : []),
  ];
  return fields.join(", ");
}
