import type { BundleCompilation } from "../compile.ts";
import { joinedContainer } from "../resolve/index.ts";

/**
 * What a bundle takes from the engine, for matching engine events to bundles: the image and
 * container references it names and the objects they resolved to when it last compiled.
 */
export interface EngineReferences {
  /** Image references by name, in Docker's familiar form (`busybox` → `busybox:latest`). */
  readonly imageNames: readonly string[];
  /** Image ids (`sha256:…`), or the id prefixes an overlay names an image by. */
  readonly imageIds: readonly string[];
  /** Container names (without the leading `/`), or the id prefixes an overlay names one by. */
  readonly containerNames: readonly string[];
  /** Full container ids the references resolved to. */
  readonly containerIds: readonly string[];
}

/**
 * The engine objects a bundle depends on. A compiled bundle's lock records every answer the engine
 * gave (the image source's tag and id; a container source, its image and the donors of its
 * `container:NAME` modes); a bundle that failed before resolving only has its overlay's source and
 * `container:NAME` modes, which is what a fix needs the engine to provide.
 */
export function engineReferences(bundle: BundleCompilation): EngineReferences {
  const images: string[] = [];
  const containers: string[] = [];
  const containerIds: string[] = [];
  const settings = bundle.overlay?.settings;
  if (settings !== undefined) {
    (settings.source.kind === "image" ? images : containers).push(settings.source.ref);
    for (const mode of [settings.network_mode, settings.ipc, settings.pid]) {
      const donor = mode === undefined ? undefined : joinedContainer(mode);
      if (donor !== undefined) containers.push(donor);
    }
  }
  const lock = bundle.lock;
  if (lock !== undefined) {
    const recorded = lock.inputs.engine;
    images.push(lock.image.id, ...Object.keys(recorded.images));
    for (const [ref, inspect] of Object.entries(recorded.containers)) {
      containers.push(ref, inspect.Name);
      containerIds.push(inspect.Id);
    }
    if (lock.container !== undefined) containerIds.push(lock.container.id);
  }
  return {
    imageNames: unique(images.filter((ref) => !isImageId(ref)).map(normalizeImageName)),
    imageIds: unique(images.filter(isImageId).map(normalizeImageId)),
    containerNames: unique(containers.map((ref) => ref.replace(/^\//, ""))),
    containerIds: unique(containerIds),
  };
}

/** Whether an image reference is an id or id prefix (`sha256:9fe6…`, `9fe6d29f158a`). */
export function isImageId(ref: string): boolean {
  return /^(sha256:)?[0-9a-f]{12,64}$/.test(ref);
}

/** An image name in the form the engine reports in events: `docker.io/library/x` → `x:latest`. */
export function normalizeImageName(ref: string): string {
  const at = ref.indexOf("@");
  const repo = at < 0 ? ref : ref.slice(0, at);
  const digest = at < 0 ? "" : ref.slice(at);
  let name = repo.replace(/^(docker\.io|index\.docker\.io)\//, "");
  if (/^library\/[^/]+$/.test(name)) name = name.slice("library/".length);
  const last = name.slice(name.lastIndexOf("/") + 1);
  if (!last.includes(":") && digest === "") name += ":latest";
  return name + digest;
}

function normalizeImageId(ref: string): string {
  return ref.startsWith("sha256:") ? ref : `sha256:${ref}`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
