import { error, type Result } from "../diagnostics.ts";
import type {
  ContainerConfig,
  ContainerState,
  HostConfig,
  ImageConfig,
  MountPoint,
} from "../spec/index.ts";
import type { EngineTarget } from "../overlay/index.ts";
import type { CreateRequest } from "./create-request.ts";
import { adaptHostConfig, defaultHostConfig, rebaseHostConfig } from "./host-config.ts";
import { anonymousVolumeSource } from "./parse-volume.ts";
import { verifyCreate } from "./verify-create.ts";

/**
 * `docker run` of an image: the request merged with the image config and the engine's create-time
 * defaults (daemon.create, adaptContainerSettings, commit.go merge), as inspect would show it.
 * The default hostname is the bundle name, where Docker uses the container id.
 */
export function createFromImage(
  request: CreateRequest,
  image: ImageConfig,
  bundleName: string,
  target: EngineTarget,
): Result<ContainerState> {
  const base: ContainerConfig = {
    Hostname: bundleName,
    Domainname: "",
    User: image.User,
    Env: image.Env ?? [],
    Cmd: image.Cmd,
    Entrypoint: image.Entrypoint,
    WorkingDir: image.WorkingDir,
    Tty: false,
    Labels: image.Labels ?? {},
    ...(image.StopSignal === undefined ? {} : { StopSignal: image.StopSignal }),
    ...(image.ExposedPorts ? { ExposedPorts: image.ExposedPorts } : {}),
  };
  const privileged = request.hostConfig.Privileged ?? false;
  const hostConfig = adaptHostConfig(
    { ...defaultHostConfig(privileged, target), ...request.hostConfig },
    target,
  );
  const userMounts = request.mounts ?? [];
  const mounts = [...userMounts, ...imageVolumes(image, userMounts)];
  return finish(request, mergeConfig(request.config, base), hostConfig, mounts, { target });
}

/**
 * An existing container (its inspect data, made host-independent by the engine adapter) with the
 * overlay's keys on top: Config merges as `docker run` merges a request into an image config,
 * each HostConfig key the overlay sets replaces the container's, and mounts merge by target.
 * The result goes through the create-time adaptation again, as a new `docker run` would.
 */
export function createFromContainer(
  request: CreateRequest,
  container: ContainerState,
  target: EngineTarget,
): Result<ContainerState> {
  const hostConfig = adaptHostConfig(
    rebaseHostConfig(container.HostConfig, request.hostConfig, target),
    target,
  );
  const mounts = mergeMounts(container.Mounts, request.mounts ?? []);
  const keepCommand = request.config.Entrypoint === undefined && request.config.Cmd === undefined;
  const command = keepCommand ? { Path: container.Path, Args: container.Args } : undefined;
  const state = finish(request, mergeConfig(request.config, container.Config), hostConfig, mounts, {
    target,
    ...(command && { command }),
  });
  const donors = container.Donors;
  if (state.value === undefined || donors === undefined) return state;
  return { ...state, value: { ...state.value, Donors: donors } };
}

function finish(
  request: CreateRequest,
  config: ContainerConfig,
  hostConfig: HostConfig,
  mounts: readonly MountPoint[],
  how: {
    readonly target: EngineTarget;
    readonly command?: { Path: string; Args: readonly string[] };
  },
): Result<ContainerState> {
  const { command } = how;
  const words = command ? [command.Path, ...command.Args] : commandWords(config);
  const [path, ...args] = words;
  if (path === undefined) {
    const reset = request.config.Entrypoint?.length === 1 && request.config.Entrypoint[0] === "";
    const message = reset
      ? "no command specified: an empty entrypoint drops the image's ENTRYPOINT and CMD; set `command` too"
      : "no command specified: the image has no ENTRYPOINT or CMD; set `command` in the overlay";
    const key = reset ? "entrypoint" : "command";
    return { value: undefined, diagnostics: [error("SPC504", message, { key })] };
  }
  const state = { Path: path, Args: args, Config: config, HostConfig: hostConfig, Mounts: mounts };
  const diagnostics = verifyCreate(request, state, how.target);
  return { value: diagnostics.length > 0 ? undefined : state, diagnostics };
}

/** Path and Args: the entrypoint followed by the command, or the command alone. */
function commandWords(config: ContainerConfig): string[] {
  const entrypoint = config.Entrypoint ?? [];
  return entrypoint.length > 0 ? [...entrypoint, ...(config.Cmd ?? [])] : [...(config.Cmd ?? [])];
}

/**
 * Docker's merge(userConf, imageConf): empty user values take the image's; user environment comes
 * first, then image variables the user did not name (a bare NAME counts as named); the image command
 * is inherited only when the user gave no entrypoint, and `--entrypoint ""` inherits neither.
 */
export function mergeConfig(user: CreateRequest["config"], base: ContainerConfig): ContainerConfig {
  const userEntrypoint: readonly string[] | null = user.Entrypoint ?? null;
  const userCmd: readonly string[] | null = user.Cmd ?? null;
  let entrypoint = userEntrypoint;
  let cmd = userCmd;
  if (userEntrypoint === null || userEntrypoint.length === 0) {
    if (userCmd === null || userCmd.length === 0) cmd = base.Cmd;
    if (userEntrypoint === null) entrypoint = base.Entrypoint;
  }
  if (entrypoint?.length === 1 && entrypoint[0] === "") entrypoint = null;
  return {
    ...base,
    Hostname: user.Hostname !== undefined && user.Hostname !== "" ? user.Hostname : base.Hostname,
    Domainname: user.Domainname ?? base.Domainname,
    User: user.User !== undefined && user.User !== "" ? user.User : base.User,
    Env: mergeEnv(user.Env ?? [], base.Env),
    Cmd: cmd,
    Entrypoint: entrypoint,
    WorkingDir:
      user.WorkingDir !== undefined && user.WorkingDir !== "" ? user.WorkingDir : base.WorkingDir,
    Tty: user.Tty ?? base.Tty,
    Labels: { ...base.Labels, ...user.Labels },
    ...optionalConfig(user, base),
  };
}

/** StopSignal and StopTimeout: the user's if given; exposed ports: the user's plus the base's. */
function optionalConfig(
  user: CreateRequest["config"],
  base: ContainerConfig,
): Pick<ContainerConfig, "StopSignal" | "StopTimeout" | "ExposedPorts"> {
  const stopSignal =
    user.StopSignal !== undefined && user.StopSignal !== "" ? user.StopSignal : base.StopSignal;
  const stopTimeout = user.StopTimeout ?? base.StopTimeout;
  const exposed =
    user.ExposedPorts === undefined
      ? base.ExposedPorts
      : { ...base.ExposedPorts, ...user.ExposedPorts };
  return {
    ...(stopSignal === undefined ? {} : { StopSignal: stopSignal }),
    ...(stopTimeout === undefined ? {} : { StopTimeout: stopTimeout }),
    ...(exposed === undefined ? {} : { ExposedPorts: exposed }),
  };
}

function mergeEnv(user: readonly string[], base: readonly string[]): string[] {
  if (user.length === 0) return [...base];
  const named = new Set(user.map(envName));
  return [...user, ...base.filter((entry) => !named.has(envName(entry)))];
}

function envName(entry: string): string {
  const eq = entry.indexOf("=");
  return eq === -1 ? entry : entry.slice(0, eq);
}

/** The image's VOLUMEs not covered by a user mount become anonymous volumes (daemon.createContainerOSSpecificSettings). */
function imageVolumes(image: ImageConfig, userMounts: readonly MountPoint[]): MountPoint[] {
  const taken = new Set(userMounts.map((m) => m.Destination));
  return Object.keys(image.Volumes ?? {})
    .sort()
    .filter((target) => !taken.has(target))
    .map((target) => ({
      Type: "volume",
      Name: "",
      Source: anonymousVolumeSource(target),
      Destination: target,
      RW: true,
      Propagation: "",
    }));
}

function mergeMounts(base: readonly MountPoint[], overlay: readonly MountPoint[]): MountPoint[] {
  const merged = base.map((m) => overlay.find((o) => o.Destination === m.Destination) ?? m);
  const added = overlay.filter((o) => !base.some((m) => m.Destination === o.Destination));
  return [...merged, ...added];
}
