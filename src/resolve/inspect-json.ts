import type { ContainerConfig, HostConfig, ImageInfo, ThrottleDevice } from "../spec/index.ts";
import type { ContainerInspect, InspectMount, MountRequest } from "./engine.ts";

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
function numOrNull(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}
function boolOrNull(value: unknown): boolean | null {
  return typeof value === "boolean" ? value : null;
}
/** A list of objects, each read by `read`; null when the engine sent none. */
function objList<T>(value: unknown, read: (item: Json) => T): T[] | null {
  return Array.isArray(value) ? value.map((item) => read(obj(item))) : null;
}

export function toImageInfo(raw: unknown): ImageInfo {
  const image = obj(raw);
  const config = obj(image.Config);
  const layers = strList(obj(image.RootFS).Layers);
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
    ...(layers === null ? {} : { RootFS: { Layers: layers } }),
  };
}

export function toContainerInspect(raw: unknown): ContainerInspect {
  const c = obj(raw);
  const hostConfig = obj(c.HostConfig);
  return {
    Id: str(c.Id),
    Name: str(c.Name).replace(/^\//, ""),
    Image: str(c.Image),
    Path: str(c.Path),
    Args: strList(c.Args) ?? [],
    Config: toContainerConfig(obj(c.Config)),
    HostConfig: toHostConfig(hostConfig),
    Mounts: objList(c.Mounts, toInspectMount) ?? [],
    Binds: strList(hostConfig.Binds) ?? [],
    MountRequests: objList(hostConfig.Mounts, toMountRequest) ?? [],
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
    ...(typeof config.StopTimeout === "number" ? { StopTimeout: config.StopTimeout } : {}),
    ...(typeof config.ExposedPorts === "object" && config.ExposedPorts !== null
      ? { ExposedPorts: config.ExposedPorts as Record<string, object> }
      : {}),
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
    ...toResources(hc),
    Devices: objList(hc.Devices, (d) => ({
      PathOnHost: str(d.PathOnHost),
      PathInContainer: str(d.PathInContainer),
      CgroupPermissions: str(d.CgroupPermissions),
    })),
    DeviceCgroupRules: strList(hc.DeviceCgroupRules),
    Init: boolOrNull(hc.Init),
    UsernsMode: str(hc.UsernsMode),
    CgroupParent: str(hc.CgroupParent),
    Dns: strList(hc.Dns),
    DnsSearch: strList(hc.DnsSearch),
    DnsOptions: strList(hc.DnsOptions),
    ExtraHosts: strList(hc.ExtraHosts),
    PortBindings: toPortBindings(hc.PortBindings),
    ...toConsoleSize(hc.ConsoleSize),
    ...toAnnotations(hc.Annotations),
  };
}

/**
 * `[height, width]`, kept only when non-zero: engines before API 1.42 and clients without a
 * terminal store `[0, 0]`, which means none (and keeps those containers' locks as they were).
 */
function toConsoleSize(value: unknown): Pick<HostConfig, "ConsoleSize"> {
  if (!Array.isArray(value)) return {};
  const [height, width] = value.map(num);
  if (!height && !width) return {};
  return { ConsoleSize: [height ?? 0, width ?? 0] };
}

/** `HostConfig.Annotations` (API >= 1.43), kept only when there is one. */
function toAnnotations(value: unknown): Pick<HostConfig, "Annotations"> {
  const annotations = strMap(value);
  return annotations === null || Object.keys(annotations).length === 0
    ? {}
    : { Annotations: annotations };
}

/** The resource fields (`Resources` in the Engine API, inlined in HostConfig). */
function toResources(hc: Json) {
  const throttle = (value: unknown): ThrottleDevice[] | null =>
    objList(value, (d) => ({ Path: str(d.Path), Rate: num(d.Rate) }));
  return {
    Ulimits: objList(hc.Ulimits, (u) => ({
      Name: str(u.Name),
      Soft: num(u.Soft),
      Hard: num(u.Hard),
    })),
    Memory: num(hc.Memory),
    MemoryReservation: num(hc.MemoryReservation),
    MemorySwap: num(hc.MemorySwap),
    MemorySwappiness: numOrNull(hc.MemorySwappiness),
    OomKillDisable: boolOrNull(hc.OomKillDisable),
    NanoCpus: num(hc.NanoCpus),
    CpuShares: num(hc.CpuShares),
    CpuQuota: num(hc.CpuQuota),
    CpuPeriod: num(hc.CpuPeriod),
    CpuRealtimeRuntime: num(hc.CpuRealtimeRuntime),
    CpuRealtimePeriod: num(hc.CpuRealtimePeriod),
    CpusetCpus: str(hc.CpusetCpus),
    CpusetMems: str(hc.CpusetMems),
    PidsLimit: numOrNull(hc.PidsLimit),
    BlkioWeight: num(hc.BlkioWeight),
    BlkioWeightDevice: objList(hc.BlkioWeightDevice, (d) => ({
      Path: str(d.Path),
      Weight: num(d.Weight),
    })),
    BlkioDeviceReadBps: throttle(hc.BlkioDeviceReadBps),
    BlkioDeviceWriteBps: throttle(hc.BlkioDeviceWriteBps),
    BlkioDeviceReadIOps: throttle(hc.BlkioDeviceReadIOps),
    BlkioDeviceWriteIOps: throttle(hc.BlkioDeviceWriteIOps),
  };
}

function toPortBindings(value: unknown): NonNullable<HostConfig["PortBindings"]> | null {
  if (typeof value !== "object" || value === null) return null;
  return Object.fromEntries(
    Object.entries(value).map(([port, bindings]) => [
      port,
      objList(bindings, (b) => ({ HostIp: str(b.HostIp), HostPort: str(b.HostPort) })) ?? [],
    ]),
  );
}

function toMountRequest(m: Json): MountRequest {
  const tmpfs = obj(m.TmpfsOptions);
  const bind = obj(m.BindOptions);
  return {
    Type: str(m.Type),
    Target: str(m.Target),
    ReadOnly: m.ReadOnly === true,
    NonRecursive: bind.NonRecursive === true,
    ...(bind.ReadOnlyNonRecursive === true ? { ReadOnlyNonRecursive: true } : {}),
    ...(bind.ReadOnlyForceRecursive === true ? { ReadOnlyForceRecursive: true } : {}),
    TmpfsSizeBytes: num(tmpfs.SizeBytes),
    TmpfsMode: num(tmpfs.Mode),
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
