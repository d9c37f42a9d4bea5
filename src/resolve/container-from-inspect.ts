import type { ContainerState, MountPoint } from "../spec/container-state.ts";
import type { ContainerInspect, InspectMount } from "./engine.ts";
import { anonymousVolumeSource } from "./parse-volume.ts";

/**
 * A container's inspect data as rbc's starting point, made host-independent: a hostname Docker
 * defaulted to the container id becomes the bundle name, and volumes (kept under Docker's data root)
 * move to the bundle's `volumes/` directory. Host bind sources stay: the user chose them.
 */
export function containerFromInspect(
  inspect: ContainerInspect,
  bundleName: string,
): ContainerState {
  const defaultedHostname = inspect.Config.Hostname === inspect.Id.slice(0, 12);
  return {
    Path: inspect.Path,
    Args: inspect.Args,
    Config: {
      ...inspect.Config,
      Hostname: defaultedHostname ? bundleName : inspect.Config.Hostname,
    },
    HostConfig: inspect.HostConfig,
    Mounts: inspect.Mounts.filter((m) => m.Type === "bind" || m.Type === "volume").map(
      toMountPoint,
    ),
  };
}

function toMountPoint(m: InspectMount): MountPoint {
  if (m.Type === "bind") {
    return {
      Type: "bind",
      Name: "",
      Source: m.Source,
      Destination: m.Destination,
      RW: m.RW,
      Propagation: m.Propagation,
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
