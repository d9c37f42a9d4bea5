import Docker from "dockerode";
import { posix } from "node:path";
import {
  ContainerNotFoundError,
  DockerUnavailableError,
  ImageNotFoundError,
  InternalError,
} from "../errors.ts";
import type { ContainerConfig, HostConfig, ImageInfo } from "../spec/container-state.ts";
import type { ContainerInspect, Engine, InspectMount } from "./engine.ts";
import { readTarEntries } from "./tar-entries.ts";

/** The dockerode adapter: the only module that talks to the Docker Engine API. */
export function connectDocker(): Engine {
  const docker = new Docker();
  const endpoint = process.env.DOCKER_HOST ?? "unix:///var/run/docker.sock";
  const call = async <T>(work: () => Promise<T>, notFound: () => Error): Promise<T> => {
    try {
      return await work();
    } catch (cause) {
      throw translateError(cause, endpoint, notFound);
    }
  };
  return {
    endpoint,
    inspectImage: (ref) =>
      call(
        async () => toImageInfo(await docker.getImage(ref).inspect()),
        () => new ImageNotFoundError(ref),
      ),
    inspectContainer: (ref) =>
      call(
        async () => toContainerInspect(await docker.getContainer(ref).inspect()),
        () => new ContainerNotFoundError(ref),
      ),
    readImageFiles: (imageId, paths) =>
      call(
        () => readFromImage(docker, imageId, paths),
        () => new ImageNotFoundError(imageId),
      ),
    readContainerFiles: (id, paths) =>
      call(
        () => readFiles(docker.getContainer(id), paths),
        () => new ContainerNotFoundError(id),
      ),
  };
}

function translateError(cause: unknown, endpoint: string, notFound: () => Error): Error {
  const status = (cause as { statusCode?: number } | null)?.statusCode;
  if (status === 404) return notFound();
  const code = (cause as { code?: string } | null)?.code;
  if (
    code !== undefined &&
    ["ECONNREFUSED", "ENOENT", "EACCES", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH"].includes(code)
  ) {
    return new DockerUnavailableError(endpoint, cause);
  }
  if (cause instanceof Error && "statusCode" in cause)
    return new InternalError(`Docker Engine API: ${cause.message}`, { cause });
  return cause instanceof Error ? cause : new InternalError(String(cause));
}

/**
 * An image's files, read through a created (never started) container: the engine's archive
 * endpoint serves any path of its filesystem. The container is always removed.
 */
async function readFromImage(
  docker: Docker,
  imageId: string,
  paths: readonly string[],
): Promise<Map<string, string>> {
  const container = await docker.createContainer({
    Image: imageId,
    Entrypoint: ["/rbc-probe-never-started"],
    Cmd: [],
    NetworkDisabled: true,
    Labels: { "dev.rbc.probe": "true" },
  });
  try {
    return await readFiles(container, paths);
  } finally {
    await container.remove({ force: true, v: true });
  }
}

/** Follows symbolic links inside the container's filesystem, as Docker's scoped lookup does. */
async function readFiles(
  container: Docker.Container,
  paths: readonly string[],
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const path of paths) {
    const content = await readFile(container, path, 0);
    if (content !== undefined) files.set(path, content);
  }
  return files;
}

async function readFile(
  container: Docker.Container,
  path: string,
  depth: number,
): Promise<string | undefined> {
  if (depth > 8) return undefined;
  let stream: NodeJS.ReadableStream;
  try {
    stream = await container.getArchive({ path });
  } catch (cause) {
    if ((cause as { statusCode?: number }).statusCode === 404) return undefined;
    throw cause;
  }
  const entry = readTarEntries(await collect(stream))[0];
  if (entry === undefined) return undefined;
  if (entry.type === "2") {
    const target = posix.resolve(posix.dirname(path), entry.linkPath);
    return readFile(container, target, depth + 1);
  }
  return entry.type === "0" ? new TextDecoder().decode(entry.body) : undefined;
}

async function collect(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

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

function toImageInfo(raw: unknown): ImageInfo {
  const image = obj(raw);
  const config = obj(image.Config);
  return {
    Id: str(image.Id),
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

function toContainerInspect(raw: unknown): ContainerInspect {
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
