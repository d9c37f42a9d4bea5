import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { MANIFEST_FORMAT } from "../manifest-format.ts";
import type { LayerEntry } from "../rootfs/index.ts";
import { decodeEntry, encodeEntry } from "./cache-entry.ts";
import type { CacheSettings } from "./cache-settings.ts";
import { pruneCache } from "./prune-cache.ts";
import { asLayerEntries } from "./layer-entries.ts";

/** What an archive read learned about an image, kept under its id. */
export interface ImageRecord {
  /** `sha256:` digest of the image config. */
  readonly configDigest: string;
  /** The layers' diff_ids, lowest first. */
  readonly diffIds: readonly string[];
  /** `os/architecture[/variant]`: an image id may name an index, whose config differs by platform. */
  readonly platform: string;
}

/**
 * rbc's local cache of layer scans, keyed by diff_id (the sha256 of the layer tar, so a scan is
 * a pure function of its key), and of what an image's archive said about it, keyed by image id (a
 * digest too). It never holds file contents or anything secret: paths, owners, modes and content
 * digests. Best effort: a cache that cannot be read or written is a cache that misses.
 */
export interface LayerCache {
  /** The kept scans of those of `diffIds` the cache has, each verified. */
  layers(diffIds: readonly string[]): Promise<Map<string, readonly LayerEntry[]>>;
  /** Keep these layers' scans. */
  keepLayers(layers: readonly ScannedLayerEntries[]): Promise<void>;
  image(imageId: string): Promise<ImageRecord | undefined>;
  keepImage(imageId: string, record: ImageRecord): Promise<void>;
  /** Delete the least recently used entries past the size limit. */
  prune(): Promise<void>;
}

export interface ScannedLayerEntries {
  readonly diffId: string;
  readonly entries: readonly LayerEntry[];
}

/** A digest's hex part, the only thing ever used as a file name here. */
function hexOf(digest: string): string | undefined {
  return /^sha256:([0-9a-f]{64})$/.exec(digest)?.[1];
}

/** The cache in `settings.dir`: `layers/` and `images/`, one file per key, mode 0700 dirs. */
export function openLayerCache(settings: CacheSettings): LayerCache {
  const root = join(settings.dir, `v${MANIFEST_FORMAT}`);
  const read = async (kind: string, digest: string): Promise<unknown> => {
    const hex = hexOf(digest);
    if (hex === undefined) return undefined;
    const path = join(root, kind, hex);
    const bytes = await readFile(path).catch(() => undefined);
    if (bytes === undefined) return undefined;
    const payload = decodeEntry(bytes, MANIFEST_FORMAT, kind, digest);
    // Recently used: eviction goes by modification time, oldest first.
    if (payload !== undefined) await touch(path);
    return payload;
  };
  const write = async (kind: string, digest: string, payload: unknown): Promise<void> => {
    const hex = hexOf(digest);
    if (hex === undefined) return;
    await writeAtomically(
      join(root, kind),
      hex,
      encodeEntry(MANIFEST_FORMAT, kind, digest, payload),
    );
  };
  return {
    layers: async (diffIds) => {
      const found = new Map<string, readonly LayerEntry[]>();
      for (const diffId of new Set(diffIds)) {
        const entries = asLayerEntries(await read("layers", diffId));
        if (entries !== undefined) found.set(diffId, entries);
      }
      return found;
    },
    keepLayers: async (layers) => {
      for (const layer of layers) await write("layers", layer.diffId, layer.entries);
    },
    image: async (imageId) => asImageRecord(await read("images", imageId)),
    keepImage: (imageId, record) => write("images", imageId, record),
    prune: () => pruneCache(root, settings.maxBytes),
  };
}

function asImageRecord(value: unknown): ImageRecord | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { configDigest, diffIds, platform } = value as Record<string, unknown>;
  const digest = (item: unknown): item is string =>
    typeof item === "string" && hexOf(item) !== undefined;
  if (!digest(configDigest) || !Array.isArray(diffIds) || !diffIds.every(digest)) return undefined;
  return typeof platform === "string" ? { configDigest, diffIds, platform } : undefined;
}

/** Write `name` in `dir` whole or not at all: a temporary file in the same directory, renamed. */
async function writeAtomically(dir: string, name: string, bytes: Buffer): Promise<void> {
  const temporary = join(dir, `.tmp-${randomBytes(8).toString("hex")}`);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(temporary, bytes, { mode: 0o600, flag: "wx" });
    await rename(temporary, join(dir, name));
  } catch {
    // A cache that cannot be written is a cache that misses next time.
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

async function touch(path: string): Promise<void> {
  const now = new Date();
  await utimes(path, now, now).catch(() => undefined);
}
