import type { BundleIdentity } from "../identity/index.ts";
import type { EngineTarget, OverlaySource } from "../overlay/index.ts";
import type { EngineRecording } from "../resolve/index.ts";
import type { HostDevice, HostDeviceTable, ImageInfo } from "../spec/index.ts";

/**
 * `bundle.lock`: what a bundle was resolved from (schemas/bundle-lock.schema.json). It pins the
 * image (id, config digest, repo digests, platform, layer diff_ids) or container, the digest of the
 * committed rootfs manifest, and every input spec generation took from the engine and the build
 * host, so config.json can be compiled again with no engine (`rbc check --offline`).
 */
export interface BundleLock {
  readonly lockVersion: 1;
  /** The overlay's source, as written. */
  readonly source: { readonly image: string } | { readonly container: string };
  readonly image: {
    readonly id: string;
    /** `sha256:` digest of the image config, from its archive (the identity across image stores). */
    readonly configDigest: string;
    readonly repoDigests: readonly string[];
    readonly platform: {
      readonly os: string;
      readonly architecture: string;
      readonly variant?: string;
    };
    readonly diffIds: readonly string[];
  };
  readonly container?: { readonly id: string; readonly name: string };
  /** Absent in locks written before targets existed: see lockedTarget. */
  readonly target?: EngineTarget;
  /** Absent in locks written before bundles had an identity (their id was `rbc-<name>`). */
  readonly identity?: BundleIdentity;
  readonly rootfs: {
    readonly manifest: "rootfs.mtree";
    readonly sha256: string;
    /** MANIFEST_FORMAT of the rbc that wrote the manifest; absent in locks from before it. */
    readonly format?: number;
  };
  readonly inputs: {
    readonly engine: EngineRecording;
    readonly hostDevices: Readonly<Record<string, readonly HostDevice[]>>;
  };
}

export interface LockInput {
  readonly source: OverlaySource;
  readonly target: EngineTarget;
  readonly identity: BundleIdentity;
  readonly image: ImageInfo;
  readonly configDigest: string;
  readonly diffIds: readonly string[];
  readonly container?: { readonly id: string; readonly name: string };
  readonly manifestSha256: string;
  /** The manifest's format (MANIFEST_FORMAT). */
  readonly manifestFormat: number;
  readonly recording: EngineRecording;
  readonly hostDevices: HostDeviceTable;
  /**
   * Variables whose values the recorded image and container environments must not show (the
   * overlay removes them or fills them in at run time): recorded by name alone.
   */
  readonly withheldVariables?: readonly string[];
}

/** The lock for a compiled bundle, with every map's keys sorted so the file is deterministic. */
export function buildLock(input: LockInput): BundleLock {
  const { image } = input;
  return {
    lockVersion: 1,
    source:
      input.source.kind === "image" ? { image: input.source.ref } : { container: input.source.ref },
    image: {
      id: image.Id,
      configDigest: input.configDigest,
      repoDigests: [...image.RepoDigests].sort(),
      platform: {
        os: image.Os,
        architecture: image.Architecture,
        ...(image.Variant === undefined ? {} : { variant: image.Variant }),
      },
      diffIds: [...input.diffIds],
    },
    ...(input.container === undefined ? {} : { container: input.container }),
    target: { docker: input.target.docker, cgroup: input.target.cgroup },
    identity: {
      containerId: input.identity.containerId,
      ...(input.identity.repository === undefined ? {} : { repository: input.identity.repository }),
      ...(input.identity.path === undefined ? {} : { path: input.identity.path }),
    },
    rootfs: {
      manifest: "rootfs.mtree",
      sha256: input.manifestSha256,
      format: input.manifestFormat,
    },
    inputs: {
      engine: sortKeysDeep(
        withholding(input.recording, input.withheldVariables ?? []),
      ) as EngineRecording,
      hostDevices: Object.fromEntries([...input.hostDevices].sort(([a], [b]) => compare(a, b))),
    },
  };
}

/**
 * The target a lock's bundle was built for. A lock without one was written before rbc had
 * targets, when every bundle reproduced Docker 20.10 on a cgroup v1 host.
 */
export function lockedTarget(lock: BundleLock): EngineTarget {
  return lock.target ?? { docker: "20.10", cgroup: "v1" };
}

/** The host device table a lock recorded. */
export function lockedHostDevices(lock: BundleLock): HostDeviceTable {
  return new Map(Object.entries(lock.inputs.hostDevices));
}

/**
 * The recording with the values of `names` taken out of every recorded environment: `NAME=value`
 * becomes `NAME`. The overlay sets those variables, so their recorded values never reach
 * config.json; the names stay, so a variable that appears or goes is still seen.
 */
function withholding(recording: EngineRecording, names: readonly string[]): EngineRecording {
  if (names.length === 0) return recording;
  const withheld = new Set(names);
  const strip = (env: readonly string[] | null): string[] | null =>
    env === null
      ? null
      : env.map((entry) => {
          const name = entry.split("=")[0] ?? entry;
          return withheld.has(name) ? name : entry;
        });
  const images = Object.entries(recording.images).map(
    ([ref, image]) =>
      [ref, { ...image, Config: { ...image.Config, Env: strip(image.Config.Env) } }] as const,
  );
  const containers = Object.entries(recording.containers).map(
    ([ref, inspect]) =>
      [
        ref,
        { ...inspect, Config: { ...inspect.Config, Env: strip(inspect.Config.Env) ?? [] } },
      ] as const,
  );
  return {
    ...recording,
    images: Object.fromEntries(images),
    containers: Object.fromEntries(containers),
  };
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compare(a, b))
      .map(([k, v]) => [k, sortKeysDeep(v)]),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
