import type { ContainerConfig, ContainerState } from "./container-state.ts";

/**
 * `container:NAME` modes (network, ipc, pid) join another container: rbc finds the donor by its
 * bundle's container id, under /run/rbc (contract/run-layout.ts).
 */

/** The donor's container id for a `container:<ref>` mode, or undefined for any other mode. */
export function joinedContainerName(state: ContainerState, mode: string): string | undefined {
  if (!mode.startsWith("container:")) return undefined;
  const ref = mode.slice("container:".length);
  const donor = state.Donors?.[ref];
  return donor?.BundleId ?? donor?.Name ?? ref;
}

/**
 * The Config the spec is built from: with `--network container:NAME` Docker overwrites the
 * container's Hostname and Domainname with the donor's at start (daemon initializeNetworking), so
 * `hostname`, `HOSTNAME=` and `kernel.domainname` are the donor's. Without a known donor the
 * container's own values stay.
 */
export function effectiveConfig(state: ContainerState): ContainerConfig {
  const mode = state.HostConfig.NetworkMode;
  if (!mode.startsWith("container:")) return state.Config;
  const donor = state.Donors?.[mode.slice("container:".length)];
  if (donor === undefined) return state.Config;
  return { ...state.Config, Hostname: donor.Hostname, Domainname: donor.Domainname };
}
