import type Docker from "dockerode";
import { createRequire } from "node:module";
import { posix } from "node:path";
import type { Engine, EventFilter, EventListener, EventSubscription } from "./engine.ts";
import { eventLineReader } from "./event-json.ts";
import { toContainerInspect, toImageInfo } from "./inspect-json.ts";
import { readTarStream } from "../rootfs/index.ts";
import {
  ContainerNotFoundError,
  DockerUnavailableError,
  ImageNotFoundError,
  InternalError,
} from "../errors/index.ts";

/** The dockerode adapter: the only module that talks to the Docker Engine API. */
export function connectDocker(): Engine {
  const docker = new (loadDockerode())();
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
    saveImage: (imageId) =>
      call(
        async () => (await docker.getImage(imageId).get()) as AsyncIterable<Uint8Array>,
        () => new ImageNotFoundError(imageId),
      ),
    exportContainer: (id) =>
      call(
        async () => (await docker.getContainer(id).export()) as AsyncIterable<Uint8Array>,
        () => new ContainerNotFoundError(id),
      ),
    events: (filter, listener) =>
      call(
        () => subscribeEvents(docker, filter, listener),
        () => new InternalError("the engine has no events endpoint"),
      ),
  };
}

/**
 * `GET /events` as a stream of EngineEvents. close() aborts the request, which releases the
 * socket (the process can exit); any other end of the stream is reported once through `end`.
 */
async function subscribeEvents(
  docker: Docker,
  filter: EventFilter,
  listener: EventListener,
): Promise<EventSubscription> {
  const abort = new AbortController();
  const stream = await docker.getEvents({
    filters: JSON.stringify({ type: filter.types, event: filter.actions }),
    abortSignal: abort.signal,
  });
  let failure: Error | undefined;
  const read = eventLineReader((event) => {
    if (!abort.signal.aborted) listener.event(event);
  });
  stream.on("data", (chunk: Buffer | string) => {
    read(chunk.toString());
  });
  stream.on("error", (cause: Error) => {
    failure = cause;
  });
  stream.on("close", () => {
    if (!abort.signal.aborted) listener.end(failure ?? new Error("the engine closed the stream"));
  });
  return {
    close: () => {
      abort.abort();
    },
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
  // The archive holds the one path asked for; a symlink is followed inside the container.
  for await (const { header, body } of readTarStream(stream as AsyncIterable<Uint8Array>)) {
    if (header.type === "symlink") {
      return readFile(container, posix.resolve(posix.dirname(path), header.linkpath), depth + 1);
    }
    return header.type === "file" ? new TextDecoder().decode(await collect(body)) : undefined;
  }
  return undefined;
}

async function collect(body: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * dockerode (a CommonJS package) is loaded on first use: it is most of rbc's start-up time, and
 * the runc hooks (`rbc hook …`, run on every container start and delete) never talk to Docker.
 */
function loadDockerode(): typeof Docker {
  return createRequire(import.meta.url)("dockerode") as typeof Docker;
}
