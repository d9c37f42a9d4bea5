import { error, type Diagnostic } from "../diagnostics.ts";
import type { DockerRelease } from "../overlay/index.ts";
import type { DeviceMapping, HostConfig, HostDevice, HostDeviceTable } from "./container-state.ts";
import { parseDeviceCgroupRule } from "./device-cgroup-rule.ts";
import { defaultDeviceRules } from "./docker-defaults.ts";
import { findHostDevices, noDeviceMessage } from "./find-host-devices.ts";
import type { OciDevice, OciDeviceRule } from "./oci-types.ts";

/** `linux.devices` and `linux.resources.devices` (config-linux.md#devices, #allowed-device-list). */
export interface ContainerDevices {
  readonly devices: OciDevice[];
  readonly rules: OciDeviceRule[];
}

/**
 * Docker's WithDevices. Unprivileged: each `devices` entry adds its host node (or every node of
 * its host directory, the host prefix replaced by the container path) and an allow rule with its
 * permissions after the default allow-list, then each `device_cgroup_rules` entry adds a rule.
 * Privileged: one rule allowing everything, no cgroup rules; Docker lists every host device node,
 * which rbc leaves out (a bundle must not depend on the build host), then adds each `devices` entry
 * whose container path differs from its host path.
 *
 * 26.1 builds these rules on top of the default allow-list, then appends them to it again
 * (daemon/oci_linux.go WithDevices, `append(s.Linux.Resources.Devices, devPermissions...)`): an
 * unprivileged container gets the defaults twice before its own rules, a privileged one the
 * defaults before allow-all.
 */
export function buildDevices(
  hc: HostConfig,
  table: HostDeviceTable,
  release: DockerRelease,
): { value: ContainerDevices; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const devices: OciDevice[] = [];
  const rules: OciDeviceRule[] = release === "20.10" ? [] : defaultDeviceRules();
  if (hc.Privileged) rules.push({ allow: true, access: "rwm" });
  else rules.push(...defaultDeviceRules());
  (hc.Devices ?? []).forEach((mapping, i) => {
    if (hc.Privileged && mapping.PathOnHost === mapping.PathInContainer) return;
    const permissions = hc.Privileged ? "rwm" : mapping.CgroupPermissions;
    const found = mappedDevices(mapping, permissions, table, !hc.Privileged);
    if ("problem" in found) {
      diagnostics.push(error("SPC505", found.problem, { key: `devices[${i}]` }));
      return;
    }
    devices.push(...found.devices);
    if (!hc.Privileged) rules.push(...found.rules);
  });
  if (!hc.Privileged) rules.push(...cgroupRules(hc.DeviceCgroupRules ?? [], diagnostics));
  return { value: { devices, rules }, diagnostics };
}

/** moby oci.DevicesFromPath over the host devices the adapter resolved. */
function mappedDevices(
  mapping: DeviceMapping,
  permissions: string,
  table: HostDeviceTable,
  withRules: boolean,
): ContainerDevices | { problem: string } {
  const found = findHostDevices(table, mapping.PathOnHost);
  if (found === undefined) return { problem: noDeviceMessage(mapping.PathOnHost) };
  const nodes =
    found.kind === "node"
      ? [{ node: found.device, path: mapping.PathInContainer }]
      : found.devices.map((node) => ({
          node,
          path: replaceFirst(node.path, mapping.PathOnHost, mapping.PathInContainer),
        }));
  const fifo = nodes.find(({ node }) => node.type === "p");
  // Docker writes a "p" cgroup rule for a FIFO, which runc refuses ("invalid cgroup device type").
  if (fifo !== undefined && withRules) {
    return { problem: `${fifo.node.path} is a FIFO: runc refuses a device cgroup rule for it` };
  }
  return {
    devices: nodes.map(({ node, path }) => ociDevice(node, path)),
    rules: nodes.map(({ node }) => deviceRule(node, permissions)),
  };
}

function ociDevice(node: HostDevice, path: string): OciDevice {
  return {
    path,
    type: node.type,
    major: node.major,
    minor: node.minor,
    fileMode: node.fileMode,
    uid: node.uid,
    gid: node.gid,
  };
}

function deviceRule(node: HostDevice, access: string): OciDeviceRule {
  return {
    allow: true,
    type: node.type,
    major: node.major,
    minor: node.minor,
    ...(access === "" ? {} : { access }),
  };
}

function cgroupRules(rules: readonly string[], diagnostics: Diagnostic[]): OciDeviceRule[] {
  const parsed: OciDeviceRule[] = [];
  rules.forEach((text, i) => {
    const rule = parseDeviceCgroupRule(text);
    if (rule !== undefined) parsed.push(rule);
    else {
      const message = `invalid device cgroup rule "${text}": expected "TYPE MAJOR:MINOR ACCESS"`;
      diagnostics.push(error("SPC505", message, { key: `device_cgroup_rules[${i}]` }));
    }
  });
  return parsed;
}

/** Go's strings.Replace(s, old, new, 1). */
function replaceFirst(text: string, search: string, replacement: string): string {
  const at = text.indexOf(search);
  return at === -1 ? text : text.slice(0, at) + replacement + text.slice(at + search.length);
}
