import type {
  ContainerConfig,
  HostConfig,
  ImageInfo,
  UserDatabase,
  UserQuery,
} from "../spec/index.ts";

/** A mount as `docker inspect` lists it under `Mounts`. */
export interface InspectMount {
  readonly Type: string;
  readonly Name: string;
  readonly Source: string;
  readonly Destination: string;
  readonly RW: boolean;
  readonly Propagation: string;
}

/**
 * One `HostConfig.Mounts` entry: what `docker run --mount` asked for. Inspect's `Mounts` lacks
 * the options rbc needs from it (tmpfs size and mode, non-recursive and read-only bind options).
 */
export interface MountRequest {
  readonly Type: string;
  readonly Target: string;
  readonly ReadOnly: boolean;
  readonly NonRecursive: boolean;
  /** Docker 25+ BindOptions of a read-only bind; absent when false (locks written before stay valid). */
  readonly ReadOnlyNonRecursive?: true;
  readonly ReadOnlyForceRecursive?: true;
  readonly TmpfsSizeBytes: number;
  readonly TmpfsMode: number;
}

/** The part of a container's `docker inspect` that rbc reads. */
export interface ContainerInspect {
  readonly Id: string;
  readonly Name: string;
  /** The image id the container was created from. */
  readonly Image: string;
  readonly Path: string;
  readonly Args: readonly string[];
  readonly Config: ContainerConfig;
  readonly HostConfig: HostConfig;
  readonly Mounts: readonly InspectMount[];
  /** `HostConfig.Binds` (`-v` strings) and `HostConfig.Mounts`, in request order. */
  readonly Binds: readonly string[];
  readonly MountRequests: readonly MountRequest[];
}

/** One engine event (`GET /events`), as rbc reads it. */
export interface EngineEvent {
  /** `image`, `container`, … */
  readonly type: string;
  /** `tag`, `untag`, `delete`, `load`, `import`, `create`, `update`, `rename`, `destroy`, … */
  readonly action: string;
  /** The object: an image id (`sha256:…`) or a full container id. */
  readonly id: string;
  /**
   * The actor's attributes: `name` (the tag an image event is about, or the image id when there is
   * none; a container's name without the leading `/`), `oldName` on a rename (with the `/`), …
   */
  readonly attributes: Readonly<Record<string, string>>;
}

/** Which events to stream: an event must match one of the types and one of the actions. */
export interface EventFilter {
  readonly types: readonly string[];
  readonly actions: readonly string[];
}

export interface EventListener {
  readonly event: (event: EngineEvent) => void;
  /** The stream ended by itself (the engine went away); called at most once, never after close. */
  readonly end: (cause: Error) => void;
}

/** A live event stream. */
export interface EventSubscription {
  /** Ends the stream and releases its connection; no listener runs afterwards. */
  readonly close: () => void;
}

/** Whose `/etc/passwd` and `/etc/group` a user lookup reads. */
export interface UserSource {
  readonly kind: "image" | "container";
  /** The image id or the full container id. */
  readonly id: string;
}

/**
 * The Docker Engine as rbc's pipeline sees it (the port; `docker.ts` is the adapter).
 * Methods throw DockerUnavailableError, ImageNotFoundError or ContainerNotFoundError, and an
 * EnvironmentError when the engine does not answer in time (engine-timeouts.ts).
 */
export interface Engine {
  /** The endpoint, for messages (`unix:///var/run/docker.sock`). */
  readonly endpoint: string;
  inspectImage(ref: string): Promise<ImageInfo>;
  inspectContainer(ref: string): Promise<ContainerInspect>;
  /**
   * Looks a user up in the `/etc/passwd` and `/etc/group` of an image or of a container's current
   * filesystem, streamed line by line within the limits of user-lookup.ts: only the entries the
   * lookup needs come back (userEntrySelector), never the files.
   */
  lookUpUsers(source: UserSource, query: UserQuery): Promise<UserDatabase>;
  /** The image as `docker save` streams it (`GET /images/{name}/get`). */
  saveImage(imageId: string): Promise<AsyncIterable<Uint8Array>>;
  /** The container's filesystem as `docker export` streams it (`GET /containers/{id}/export`). */
  exportContainer(containerId: string): Promise<AsyncIterable<Uint8Array>>;
  /** Streams the engine's events (`GET /events`) from now on; resolves once the engine accepted. */
  events(filter: EventFilter, listener: EventListener): Promise<EventSubscription>;
}
