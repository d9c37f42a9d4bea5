import type Docker from "dockerode";
import { posix } from "node:path";
import type { Engine, EventFilter, EventListener, EventSubscription } from "./engine.ts";
import {
  engineTimeoutError,
  engineTimeouts,
  stallGuard,
  withTimeout,
  type EngineTimeouts,
} from "./engine-timeouts.ts";
import { dockerodeOptions } from "./dockerode-options.ts";
import { describeEndpoint, hostEndpoint, type EngineEndpoint } from "./engine-endpoint.ts";
import { eventLineReader } from "./event-json.ts";
import { loadDockerode } from "./load-dockerode.ts";
import { toContainerInspect, toImageInfo } from "./inspect-json.ts";
import { leakedProbes, toListedProbes } from "./leaked-probes.ts";
import { currentProbeOwner, PROBE_LABEL, probeLabels, processRuns } from "./probe-owner.ts";
import { lookUpUserEntries, type ReadUserFile, type UserFile } from "./user-lookup.ts";
import {
  ContainerNotFoundError,
  DockerUnavailableError,
  EngineConnectionLostError,
  EngineRequestError,
  ImageNotFoundError,
  InternalError,
  RbcError,
} from "../errors/index.ts";

/**
 * The dockerode adapter: the only module that talks to the Docker Engine API. Every request has a
 * timeout and every stream a stall timeout (engine-timeouts.ts): a frozen engine is an
 * EnvironmentError, never a hang. The first connection of a process also sweeps the probe
 * containers earlier runs left behind, in the background (sweepLeakedProbes).
 */
export function connectDocker(
  timeouts: EngineTimeouts = engineTimeouts(),
  address: EngineEndpoint = hostEndpoint(process.env.DOCKER_HOST),
): Engine {
  const docker = new (loadDockerode())(dockerodeOptions(address));
  const endpoint = describeEndpoint(address);
  const api = timedApi(docker, endpoint, timeouts);
  if (!sweepStarted) {
    sweepStarted = true;
    void sweepLeakedProbes(api, timeouts).catch(() => undefined);
  }
  const call = translatingFailures(endpoint);
  const noImage = (ref: string) => () => new ImageNotFoundError(ref);
  const noContainer = (ref: string) => () => new ContainerNotFoundError(ref);
  return {
    endpoint,
    inspectImage: (ref) =>
      call(
        async () => toImageInfo(await api.get(`/images/${ref}/json`)),
        noImage(ref),
        `the inspection of image "${ref}"`,
      ),
    inspectContainer: (ref) =>
      call(
        async () => toContainerInspect(await api.get(`/containers/${ref}/json`)),
        noContainer(ref),
        `the inspection of container "${ref}"`,
      ),
    lookUpUsers: (source, query) => {
      const where = `${source.kind} ${source.id}`;
      const lookUp = (id: string) => lookUpUserEntries(fileReader(api, id), query, where);
      const what = `the user lookup in ${where}`;
      return source.kind === "image"
        ? call(() => withProbeContainer(api, source.id, lookUp), noImage(source.id), what)
        : call(() => lookUp(source.id), noContainer(source.id), what);
    },
    saveImage: (imageId) =>
      call(
        () => api.stream(`/images/${imageId}/get`, "docker save"),
        noImage(imageId),
        `docker save of ${imageId}`,
      ),
    exportContainer: (id) =>
      call(
        () => api.stream(`/containers/${id}/export`, "docker export"),
        noContainer(id),
        `docker export of ${id}`,
      ),
    events: (filter, listener) =>
      call(
        () => subscribeEvents(docker, api, filter, listener),
        () => new InternalError("the engine has no events endpoint"),
        "the event stream",
      ),
  };
}

/** Runs an engine call, each failure translated into a typed error (translateError). */
function translatingFailures(endpoint: string) {
  return async <T>(work: () => Promise<T>, notFound: () => Error, what: string): Promise<T> => {
    try {
      return await work();
    } catch (cause) {
      throw translateError(cause, { endpoint, what }, notFound);
    }
  };
}

/** The Engine API requests rbc makes, each within the engine timeouts. */
interface TimedApi {
  /** `GET path` as JSON. */
  get(path: string): Promise<unknown>;
  /** `GET path` as a byte stream, guarded against stalls; `what` names it in messages. */
  stream(path: string, what: string): Promise<AsyncIterable<Uint8Array>>;
  /** Any other request, given the signal that aborts it. */
  timed<T>(what: string, work: (signal: AbortSignal, docker: Docker) => Promise<T>): Promise<T>;
  /** A stream the engine returned, guarded against stalls. */
  guard(stream: NodeJS.ReadableStream, what: string): AsyncIterable<Uint8Array>;
}

function timedApi(docker: Docker, endpoint: string, timeouts: EngineTimeouts): TimedApi {
  const timed = <T>(what: string, work: (signal: AbortSignal, d: Docker) => Promise<T>) =>
    withTimeout(
      timeouts.callMs,
      () => engineTimeoutError(endpoint, what, timeouts.callMs, "RBC_ENGINE_TIMEOUT"),
      (signal) => work(signal, docker),
    );
  const guard = (stream: NodeJS.ReadableStream, what: string) =>
    stallGuard(
      stream,
      timeouts.stallMs,
      () =>
        engineTimeoutError(
          endpoint,
          `${what} (no data)`,
          timeouts.stallMs,
          "RBC_ENGINE_STALL_TIMEOUT",
        ),
      (cause) => new EngineConnectionLostError(endpoint, what, cause),
    );
  const dial = (path: string, isStream: boolean, signal: AbortSignal) =>
    new Promise<unknown>((resolve, reject) => {
      const options = { path, method: "GET", options: {}, isStream };
      const statusCodes = { 200: true, 404: "no such object", 500: "server error" };
      docker.modem.dial({ ...options, statusCodes, abortSignal: signal }, (err, data) => {
        if (err === null) resolve(data);
        else reject(err);
      });
    });
  return {
    get: (path) => timed(`GET ${path}`, (signal) => dial(path, false, signal)),
    stream: async (path, what) => {
      const stream = await timed(what, (signal) => dial(path, true, signal));
      return guard(stream as NodeJS.ReadableStream, what);
    },
    timed,
    guard,
  };
}

/**
 * `GET /events` as a stream of EngineEvents. close() aborts the request, which releases the
 * socket (the process can exit); any other end of the stream is reported once through `end`.
 * The request has the call timeout; the stream has none (a quiet engine sends nothing).
 */
async function subscribeEvents(
  docker: Docker,
  api: TimedApi,
  filter: EventFilter,
  listener: EventListener,
): Promise<EventSubscription> {
  const abort = new AbortController();
  const filters = JSON.stringify({ type: filter.types, event: filter.actions });
  const stream = await api.timed("GET /events", (signal) => {
    signal.addEventListener("abort", () => {
      abort.abort();
    });
    return docker.getEvents({ filters, abortSignal: abort.signal });
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

/** What a failed request was: the engine it went to and what rbc asked for. */
interface RequestContext {
  readonly endpoint: string;
  readonly what: string;
}

/**
 * Connection codes that mean the engine is not there. A reset (ECONNRESET, EPIPE) means it was,
 * and the connection broke during the request.
 */
const unreachableCodes = ["ECONNREFUSED", "ENOENT", "EACCES", "ETIMEDOUT", "EHOSTUNREACH"];

/**
 * Every failure of an engine call as a typed error: not found (the caller's kind), unreachable,
 * or the engine's own error answer, quoted. Errors rbc raised itself (timeouts) pass through.
 */
function translateError(cause: unknown, request: RequestContext, notFound: () => Error): Error {
  if (cause instanceof RbcError) return cause;
  const status = (cause as { statusCode?: number } | null)?.statusCode;
  if (status === 404) return notFound();
  if (typeof status === "number") {
    return new EngineRequestError(
      request.endpoint,
      request.what,
      status,
      engineMessage(cause),
      cause,
    );
  }
  const code = (cause as { code?: string } | null)?.code;
  if (code !== undefined && unreachableCodes.includes(code)) {
    return new DockerUnavailableError(request.endpoint, cause);
  }
  // Any other system error code (EPIPE, ECONNABORTED, ERR_STREAM_PREMATURE_CLOSE...) is the
  // connection failing; an error without one is rbc's own and passes through.
  if (code !== undefined)
    return new EngineConnectionLostError(request.endpoint, request.what, cause);
  return cause instanceof Error ? cause : new InternalError(String(cause));
}

/**
 * The engine's own message: its JSON body's `message`, else dockerode's text without its
 * "(HTTP code N) reason - " prefix.
 */
function engineMessage(cause: unknown): string {
  const json = (cause as { json?: unknown } | null)?.json;
  const fromJson = (json as { message?: unknown } | null)?.message;
  if (typeof fromJson === "string" && fromJson !== "") return fromJson.trim();
  const text = cause instanceof Error ? cause.message : String(cause);
  return text.replace(/^\(HTTP code \d+\) [^-]*- /u, "").trim();
}

/** Whether this process has swept leaked probes already (once is enough). */
let sweepStarted = false;

/** A probe older than this is removed whoever made it (see leaked-probes.ts). */
const PROBE_MAX_AGE_SECONDS = 3600;

/**
 * Removes the probe containers earlier runs left behind (leaked-probes.ts decides which): one
 * filtered list call, then one removal per leaked probe, usually none. A removal that fails (a
 * concurrent rbc removed the probe first) is ignored; the caller ignores any other failure: the
 * sweep must never fail a build, and the next run tries again.
 */
async function sweepLeakedProbes(api: TimedApi, timeouts: EngineTimeouts): Promise<void> {
  const listing = await api.timed("the list of probe containers", (abortSignal, docker) =>
    docker.listContainers({ all: true, filters: { label: [PROBE_LABEL] }, abortSignal }),
  );
  const listed = toListedProbes(listing);
  const leaked = leakedProbes(listed, {
    self: currentProbeOwner(),
    nowSeconds: Date.now() / 1000,
    // A probe lives for a few calls; even with a long RBC_ENGINE_TIMEOUT, ten of them is plenty.
    maxAgeSeconds: Math.max(PROBE_MAX_AGE_SECONDS, (10 * timeouts.callMs) / 1000),
    runs: processRuns,
  });
  const remove = (id: string) =>
    api.timed(`the removal of a leaked probe container`, (abortSignal, docker) =>
      docker.getContainer(id).remove({ force: true, v: true, abortSignal }),
    );
  await Promise.all(leaked.map((id) => remove(id).catch(() => undefined)));
}

/**
 * `use` with a created (never started) container of the image: the engine's archive endpoint
 * serves any path of its filesystem. A compilation asks for one only when nothing cheaper answers
 * (image-user-answers.ts): its rootfs is off (nothing reads the image), or the committed manifest
 * is reused but the lock lacks the query (the probe costs less than reading the image), or the
 * image's tree does not settle the files (a symbolic link Docker would follow, a hard link to a
 * file the read did not keep, a file over 1 MiB), or the image's read failed. The container is always removed; if rbc dies first, or
 * loses the engine, its owner labels let a later run remove it (sweepLeakedProbes).
 */
async function withProbeContainer<T>(
  api: TimedApi,
  imageId: string,
  use: (containerId: string) => Promise<T>,
): Promise<T> {
  const container = await api.timed("the creation of a probe container", (abortSignal, docker) =>
    docker.createContainer({
      Image: imageId,
      Entrypoint: ["/rbc-probe-never-started"],
      Cmd: [],
      NetworkDisabled: true,
      Labels: probeLabels(),
      abortSignal,
    }),
  );
  try {
    return await use(container.id);
  } finally {
    await api.timed("the removal of a probe container", (abortSignal) =>
      container.remove({ force: true, v: true, abortSignal }),
    );
  }
}

/**
 * Streams files of a container's filesystem through the archive endpoint, following symbolic
 * links inside it, as Docker's scoped lookup does.
 */
function fileReader(api: TimedApi, containerId: string): ReadUserFile {
  const read = async (
    path: string,
    use: (file: UserFile) => Promise<void>,
    depth: number,
  ): Promise<boolean> => {
    if (depth > 8) return false;
    // The tar reader loads with the first archive, not with the adapter: an unchanged check reads none.
    const { readTarStream } = await import("../rootfs/index.ts");
    let archive: NodeJS.ReadableStream;
    try {
      archive = await api.timed(`the archive of ${path}`, (abortSignal, docker) =>
        docker.getContainer(containerId).getArchive({ path, abortSignal }),
      );
    } catch (cause) {
      if ((cause as { statusCode?: number }).statusCode === 404) return false;
      throw cause;
    }
    // The archive holds the one path asked for; a symlink is followed inside the container.
    for await (const { header, body } of readTarStream(api.guard(archive, `reading ${path}`))) {
      if (header.type === "symlink") {
        return read(posix.resolve(posix.dirname(path), header.linkpath), use, depth + 1);
      }
      if (header.type !== "file") return false;
      await use({ size: header.size, body });
      return true;
    }
    return false;
  };
  return (path, use) => read(path, use, 0);
}
