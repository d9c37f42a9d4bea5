import { error, type Diagnostic, type Result } from "../diagnostics.ts";
import type { OverlaySettings } from "../overlay/index.ts";
import { tmpfsOptionProblem, type MountPoint } from "../spec/index.ts";
import type { HostConfigRequest, Mutable } from "./host-config-request.ts";
import { longVolumeMount } from "./long-volume.ts";
import { namespaceRequest } from "./namespace-request.ts";
import { isDeviceCgroupRule, parseDevice } from "./parse-device.ts";
import { parseVolume } from "./parse-volume.ts";
import { resourceRequest } from "./resource-request.ts";
import { parseSecurityOpts, type ReferencedFiles } from "./security-opts.ts";

/**
 * What `docker run` would send to the engine's create endpoint for an overlay: the Config fields and
 * HostConfig fields the overlay sets, and its mounts. Unset keys stay absent so the base (the image's
 * config or an existing container's settings) shows through.
 */
export interface CreateRequest {
  readonly config: {
    /** `[""]` resets the base's entrypoint and command, as `docker run --entrypoint ""` does. */
    Entrypoint?: string[];
    Cmd?: string[];
    /** `NAME=value`, or a bare `NAME` that removes the variable. */
    Env?: string[];
    User?: string;
    WorkingDir?: string;
    Tty?: boolean;
    Hostname?: string;
    Domainname?: string;
    Labels?: Record<string, string>;
    StopSignal?: string;
    /** Whole seconds. */
    StopTimeout?: number;
    /** The container ports `ports` publishes (the CLI exposes what it publishes). */
    ExposedPorts?: Record<string, object>;
  };
  readonly hostConfig: HostConfigRequest;
  readonly mounts?: MountPoint[];
}

/**
 * The create request for an overlay. `files` holds the files the overlay names (seccomp profiles,
 * see seccompProfileFiles), read by the caller relative to the bundle directory.
 */
export function overlayToRequest(
  settings: OverlaySettings,
  files: ReferencedFiles = new Map(),
): Result<CreateRequest> {
  const diagnostics: Diagnostic[] = [];
  const request = buildRequest(settings, files, diagnostics);
  return { value: diagnostics.length ? undefined : request, diagnostics };
}

/** overlayToRequest's request, whatever the diagnostics it adds. */
export function buildRequest(
  settings: OverlaySettings,
  files: ReferencedFiles,
  diagnostics: Diagnostic[],
): CreateRequest {
  const s = settings;
  const config = configRequest(s);
  const namespaces = namespaceRequest(s, diagnostics);
  if (namespaces.exposedPorts !== undefined) config.ExposedPorts = namespaces.exposedPorts;
  const hostConfig: HostConfigRequest = {
    ...resourceRequest(s, diagnostics),
    ...namespaces.hostConfig,
  };
  if (s.privileged !== undefined) hostConfig.Privileged = s.privileged;
  if (s.read_only !== undefined) hostConfig.ReadonlyRootfs = s.read_only;
  if (s.cap_add !== undefined) hostConfig.CapAdd = [...s.cap_add];
  if (s.cap_drop !== undefined) hostConfig.CapDrop = [...s.cap_drop];
  if (s.group_add !== undefined) hostConfig.GroupAdd = [...s.group_add];
  if (s.init !== undefined) hostConfig.Init = s.init;
  if (s.security_opt !== undefined) {
    const security = parseSecurityOpts(s.security_opt, files, diagnostics);
    hostConfig.SecurityOpt = security.SecurityOpt;
    if (security.unconfinedSystemPaths) {
      hostConfig.MaskedPaths = [];
      hostConfig.ReadonlyPaths = [];
    }
  }
  if (s.devices !== undefined) hostConfig.Devices = parseDevices(s.devices, diagnostics);
  if (s.device_cgroup_rules !== undefined) {
    hostConfig.DeviceCgroupRules = s.device_cgroup_rules.filter((rule, i) => {
      if (isDeviceCgroupRule(rule)) return true;
      const message = `invalid device cgroup rule "${rule}" (expected "TYPE MAJOR:MINOR ACCESS", e.g. "c 1:3 rwm")`;
      diagnostics.push(error("SPC505", message, { key: `device_cgroup_rules[${i}]` }));
      return false;
    });
  }
  const mounts = s.volumes === undefined ? undefined : parseVolumes(s.volumes, diagnostics);
  if (s.tmpfs !== undefined) hostConfig.Tmpfs = parseTmpfs(s.tmpfs, diagnostics);

  return { config, hostConfig, ...(mounts ? { mounts } : {}) };
}

function configRequest(s: OverlaySettings): Mutable<CreateRequest["config"]> {
  const config: Mutable<CreateRequest["config"]> = {};
  if (s.entrypoint !== undefined)
    config.Entrypoint = s.entrypoint.length ? [...s.entrypoint] : [""];
  if (s.command !== undefined) config.Cmd = [...s.command];
  if (s.environment !== undefined) {
    config.Env = s.environment.map((e) => (e.value === null ? e.name : `${e.name}=${e.value}`));
  }
  if (s.user !== undefined) config.User = s.user;
  if (s.working_dir !== undefined) config.WorkingDir = s.working_dir;
  if (s.tty !== undefined) config.Tty = s.tty;
  if (s.hostname !== undefined) config.Hostname = s.hostname;
  if (s.domainname !== undefined) config.Domainname = s.domainname;
  if (s.labels !== undefined) config.Labels = { ...s.labels };
  if (s.stop_signal !== undefined) config.StopSignal = s.stop_signal;
  // Docker keeps whole seconds; like `docker compose` (int(duration.Seconds())), rbc drops the
  // fraction of a grace period rather than rounding it, so a bundle stops as Compose's would.
  if (s.stop_grace_period !== undefined) config.StopTimeout = Math.trunc(s.stop_grace_period);
  return config;
}

function parseDevices(devices: readonly string[], diagnostics: Diagnostic[]) {
  return devices.flatMap((spec, i) => {
    const parsed = parseDevice(spec);
    if ("device" in parsed) return [parsed.device];
    diagnostics.push(error("SPC505", `invalid device: ${parsed.error}`, { key: `devices[${i}]` }));
    return [];
  });
}

function parseVolumes(
  volumes: NonNullable<OverlaySettings["volumes"]>,
  diagnostics: Diagnostic[],
): MountPoint[] {
  const mounts: MountPoint[] = [];
  volumes.forEach((spec, i) => {
    const parsed = typeof spec === "string" ? parseVolume(spec) : longVolumeMount(spec);
    if ("error" in parsed) {
      diagnostics.push(
        error("SPC503", `invalid volume: ${parsed.error}`, { key: `volumes[${i}]` }),
      );
    } else if (mounts.some((m) => m.Destination === parsed.mount.Destination)) {
      diagnostics.push(
        error("SPC503", `duplicate mount point ${parsed.mount.Destination}`, {
          key: `volumes[${i}]`,
        }),
      );
    } else {
      mounts.push(parsed.mount);
    }
  });
  return mounts;
}

/** `--tmpfs /run:rw,size=64m`: the part before the first `:` is the target, the rest its options. */
function parseTmpfs(entries: readonly string[], diagnostics: Diagnostic[]): Record<string, string> {
  const tmpfs: Record<string, string> = {};
  entries.forEach((entry, i) => {
    const colon = entry.indexOf(":");
    const target = colon === -1 ? entry : entry.slice(0, colon);
    const data = colon === -1 ? "" : entry.slice(colon + 1);
    const key = `tmpfs[${i}]`;
    if (!target.startsWith("/")) {
      diagnostics.push(
        error("SPC503", `tmpfs target "${target}" must be an absolute path`, { key }),
      );
      return;
    }
    const problem = data === "" ? undefined : data.split(",").map(tmpfsOptionProblem).find(Boolean);
    if (problem !== undefined) diagnostics.push(error("SPC503", problem, { key }));
    else tmpfs[target] = data;
  });
  return tmpfs;
}
