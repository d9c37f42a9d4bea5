import type { ContainerConfig, HostConfig, ImageInfo } from "../spec/container-state.ts";
import type { ContainerInspect, InspectMount } from "./engine.ts";

/**
 * Engine API JSON (`GET /images/{name}/json`, `GET /containers/{id}/json`) read into rbc's types,
 * tolerating absent and null fields as the engine sends them.
 */
type Json = Record<string, unknown>;

function obj(value: unknown): Json {
  return typeof value === "object" && value !== null ? (value as Json) : {};
}
function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}
function strList(value: unknown): string[] | null {
  return Array.isArray(value) ? value.map(String) : null;
}
function strMap(value: unknown): Record<string, string> | null {
  if (typeof value !== "object" || value === null) return null;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}
function num(value: unknown): number {
  return typeof value === "number" ? value : 0;
}

export function toImageInfo(raw: unknown): ImageInfo {
  const image = obj(raw);
  const config = obj(image.Config);
  return {
    Id: str(image.Id),
    ...(str(image.Created) === "" ? {} : { Created: str(image.Created) }),
    ...(str(image.Author) === "" ? {} : { Author: str(image.Author) }),
    RepoTags: strList(image.RepoTags) ?? [],
    RepoDigests: strList(image.RepoDigests) ?? [],
    Os: str(image.Os),
    Architecture: str(image.Architecture),
    ...(typeof image.Variant === "string" ? { Variant: image.Variant } : {}),
    Config: {
      User: str(config.User),
      Env: strList(config.Env),
      Cmd: strList(config.Cmd),
      Entrypoint: strList(config.Entrypoint),
      WorkingDir: str(config.WorkingDir),
      Labels: strMap(config.Labels),
      ...(typeof config.StopSignal === "string" ? { StopSignal: config.StopSignal } : {}),
      ExposedPorts: (config.ExposedPorts as Record<string, object> | null | undefined) ?? null,
      Volumes: (config.Volumes as Record<string, object> | null | undefined) ?? null,
    },
  };
}

export function toContainerInspect(raw: unknown): ContainerInspect {
  const c = obj(raw);
  return {
    Id: str(c.Id),
    Name: str(c.Name).replace(/^\//, ""),
    Image: str(c.Image),
    Path: str(c.Path),
    Args: strList(c.Args) ?? [],
    Config: toContainerConfig(obj(c.Config)),
    HostConfig: toHostConfig(obj(c.HostConfig)),
    Mounts: (Array.isArray(c.Mounts) ? c.Mounts : []).map((m) => toInspectMount(obj(m))),
  };
}

function toContainerConfig(config: Json): ContainerConfig {
  return {
    Hostname: str(config.Hostname),
    Domainname: str(config.Domainname),
    User: str(config.User),
    Env: strList(config.Env) ?? [],
    Cmd: strList(config.Cmd),
    Entrypoint: strList(config.Entrypoint),
    WorkingDir: str(config.WorkingDir),
    Tty: config.Tty === true,
    Labels: strMap(config.Labels) ?? {},
    ...(typeof config.StopSignal === "string" ? { StopSignal: config.StopSignal } : {}),
  };
}

function toHostConfig(hc: Json): HostConfig {
  return {
    Privileged: hc.Privileged === true,
    ReadonlyRootfs: hc.ReadonlyRootfs === true,
    CapAdd: strList(hc.CapAdd),
    CapDrop: strList(hc.CapDrop),
    Tmpfs: strMap(hc.Tmpfs),
    ShmSize: num(hc.ShmSize),
    IpcMode: str(hc.IpcMode),
    PidMode: str(hc.PidMode),
    UTSMode: str(hc.UTSMode),
    NetworkMode: str(hc.NetworkMode),
    CgroupnsMode: str(hc.CgroupnsMode),
    GroupAdd: strList(hc.GroupAdd),
    SecurityOpt: strList(hc.SecurityOpt),
    OomScoreAdj: num(hc.OomScoreAdj),
    MaskedPaths: strList(hc.MaskedPaths),
    ReadonlyPaths: strList(hc.ReadonlyPaths),
    Sysctls: strMap(hc.Sysctls),
  };
}

function toInspectMount(m: Json): InspectMount {
  return {
    Type: str(m.Type),
    Name: str(m.Name),
    Source: str(m.Source),
    Destination: str(m.Destination),
    RW: m.RW === true,
    Propagation: str(m.Propagation),
  };
}
