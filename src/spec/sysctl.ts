import type { ContainerState } from "./container-state.ts";
import { effectiveConfig } from "./joined-container.ts";

/**
 * `linux.sysctl` (config-linux.md#sysctl) as Docker's WithCommonOptions and WithSysctls set it:
 * containers with a private network namespace (`host` and `container:` are not private; `none` is)
 * may ping and bind low ports without privileges; kernel.domainname carries the Domainname (the
 * donor's under `--network container:`); HostConfig.Sysctls win. Docker checks /proc/sys for the
 * first two; rbc targets kernels that have both (≥ 4.11). Keys are sorted, as Go writes a map.
 */
export function buildSysctl(state: ContainerState): Record<string, string> | undefined {
  const sysctl: Record<string, string> = {};
  if (isPrivateNetwork(state.HostConfig.NetworkMode)) {
    sysctl["net.ipv4.ping_group_range"] = "0 2147483647";
    sysctl["net.ipv4.ip_unprivileged_port_start"] = "0";
  }
  const domainname = effectiveConfig(state).Domainname;
  if (domainname !== "") sysctl["kernel.domainname"] = domainname;
  Object.assign(sysctl, state.HostConfig.Sysctls ?? {});
  const keys = Object.keys(sysctl).sort();
  if (keys.length === 0) return undefined;
  return Object.fromEntries(keys.map((k) => [k, sysctl[k] ?? ""]));
}

function isPrivateNetwork(mode: string): boolean {
  return mode !== "host" && !mode.startsWith("container:");
}
