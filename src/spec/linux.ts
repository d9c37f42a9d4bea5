import type { ContainerState } from "./container-state.ts";
import { defaultDeviceRules, namespaceOrder } from "./docker-defaults.ts";
import type { OciNamespace, OciResources } from "./oci-types.ts";

/**
 * `linux.namespaces`: Docker starts from mount, network, uts, pid, ipc; `host` modes remove a
 * namespace, and a private cgroup namespace is appended (WithNamespaces).
 */
export function buildNamespaces(state: ContainerState): OciNamespace[] {
  const hc = state.HostConfig;
  const removed = new Set<string>();
  if (hc.UTSMode === "host") removed.add("uts");
  if (hc.PidMode === "host") removed.add("pid");
  if (hc.IpcMode === "host") removed.add("ipc");
  if (hc.NetworkMode === "host") removed.add("network");
  const namespaces = namespaceOrder.filter((t) => !removed.has(t)).map((type) => ({ type }));
  if (hc.CgroupnsMode === "private") namespaces.push({ type: "cgroup" });
  return namespaces;
}

/**
 * `linux.sysctl` (WithCommonOptions): containers with a private network namespace may ping and bind
 * low ports without privileges; kernel.domainname carries Config.Domainname; HostConfig.Sysctls win.
 * Docker checks /proc/sys for the first two; rbc targets kernels that have both (≥ 4.11).
 */
export function buildSysctl(state: ContainerState): Record<string, string> | undefined {
  const sysctl: Record<string, string> = {};
  if (isPrivateNetwork(state.HostConfig.NetworkMode)) {
    sysctl["net.ipv4.ping_group_range"] = "0 2147483647";
    sysctl["net.ipv4.ip_unprivileged_port_start"] = "0";
  }
  if (state.Config.Domainname !== "") sysctl["kernel.domainname"] = state.Config.Domainname;
  Object.assign(sysctl, state.HostConfig.Sysctls ?? {});
  const keys = Object.keys(sysctl).sort();
  if (keys.length === 0) return undefined;
  return Object.fromEntries(keys.map((k) => [k, sysctl[k] ?? ""]));
}

function isPrivateNetwork(mode: string): boolean {
  return mode !== "host" && !mode.startsWith("container:");
}

/** `linux.resources`: the device allow-list and the cgroup v1 values Docker always writes. */
export function buildResources(state: ContainerState): OciResources {
  const devices = state.HostConfig.Privileged
    ? [{ allow: true, access: "rwm" }]
    : defaultDeviceRules();
  return {
    devices,
    memory: { disableOOMKiller: false },
    cpu: { shares: 0 },
    blockIO: { weight: 0 },
  };
}
