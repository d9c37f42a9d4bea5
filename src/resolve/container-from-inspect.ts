import type { ContainerState, DonorContainer, HostConfig, MountPoint } from "../spec/index.ts";
import { joinedContainer, ownHostname, withDonors } from "./donors.ts";
import type { ContainerInspect, InspectMount, MountRequest } from "./engine.ts";
import { tmpfsData } from "./long-volume.ts";
import { anonymousVolumeSource } from "./parse-volume.ts";

/**
 * A container's inspect data as rbc's starting point, made host-independent: a hostname Docker
 * defaulted to the container id becomes the bundle name, volumes (kept under Docker's data root)
 * move to the bundle's `volumes/` directory, and `container:<id>` modes name their donor
 * (`donors`: the donors looked up by the id the engine stored). Host bind sources stay: the user
 * chose them. Mounts come in the order the user asked for them (`-v`, then `--mount`), then the
 * image's volumes by target, where inspect lists them in Go map order.
 */
export function containerFromInspect(
  inspect: ContainerInspect,
  bundleName: string,
  donors: ReadonlyMap<string, DonorContainer> = new Map(),
): ContainerState {
  const state: ContainerState = {
    Path: inspect.Path,
    Args: inspect.Args,
    Config: {
      ...inspect.Config,
      Hostname: ownHostname(inspect, bundleName),
    },
    HostConfig: nameDonors(inspect.HostConfig, donors),
    Mounts: requestOrder(inspect).map((m) => toMountPoint(m, inspect.MountRequests)),
  };
  return withDonors(state, new Map([...donors.values()].map((d) => [d.Name, d])));
}

/** `container:<id>` → `container:<donor name>` for the network, IPC and PID modes. */
function nameDonors(hc: HostConfig, donors: ReadonlyMap<string, DonorContainer>): HostConfig {
  const rename = (mode: string): string => {
    const ref = joinedContainer(mode);
    const donor = ref === undefined ? undefined : donors.get(ref);
    return donor === undefined ? mode : `container:${donor.Name}`;
  };
  return {
    ...hc,
    NetworkMode: rename(hc.NetworkMode),
    IpcMode: rename(hc.IpcMode),
    PidMode: rename(hc.PidMode),
  };
}

/** Binds, volumes and `--mount` tmpfs mounts, by the position of their request. */
function requestOrder(inspect: ContainerInspect): InspectMount[] {
  const requested = [
    ...inspect.Binds.map((bind) => bindTarget(bind)),
    ...inspect.MountRequests.map((m) => m.Target),
  ];
  const rank = (m: InspectMount): number => {
    const i = requested.indexOf(m.Destination);
    return i === -1 ? requested.length : i;
  };
  return inspect.Mounts.filter((m) => ["bind", "volume", "tmpfs"].includes(m.Type))
    .map((m) => ({ m, rank: rank(m) }))
    .sort((a, b) => a.rank - b.rank || compare(a.m.Destination, b.m.Destination))
    .map(({ m }) => m);
}

/** The target of a `-v` string: `SOURCE:TARGET[:MODE]` (Linux parser). */
function bindTarget(bind: string): string {
  const parts = bind.split(":");
  return (parts.length === 1 ? parts[0] : parts[1]) ?? "";
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toMountPoint(m: InspectMount, requests: readonly MountRequest[]): MountPoint {
  const request = requests.find((r) => r.Target === m.Destination && r.Type === m.Type);
  if (m.Type === "tmpfs") {
    return {
      Type: "tmpfs",
      Name: "",
      Source: "",
      Destination: m.Destination,
      RW: m.RW,
      Propagation: "",
      TmpfsData: tmpfsData(
        request?.TmpfsSizeBytes ?? 0,
        request?.TmpfsMode ?? 0,
        request?.ReadOnly ?? !m.RW,
      ),
    };
  }
  if (m.Type === "bind") {
    return {
      Type: "bind",
      Name: "",
      Source: m.Source,
      Destination: m.Destination,
      RW: m.RW,
      Propagation: m.Propagation,
      ...(request?.NonRecursive === true ? { NonRecursive: true } : {}),
      ...(request?.ReadOnlyNonRecursive === true ? { ReadOnlyNonRecursive: true } : {}),
      ...(request?.ReadOnlyForceRecursive === true ? { ReadOnlyForceRecursive: true } : {}),
    };
  }
  // Docker names anonymous volumes with 64 random hex digits.
  const anonymous = /^[0-9a-f]{64}$/.test(m.Name);
  return {
    Type: "volume",
    Name: anonymous ? "" : m.Name,
    Source: anonymous ? anonymousVolumeSource(m.Destination) : `volumes/${m.Name}`,
    Destination: m.Destination,
    RW: m.RW,
    Propagation: "",
  };
}
