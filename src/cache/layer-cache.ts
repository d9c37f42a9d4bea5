import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { MANIFEST_FORMAT } from "../manifest-format.ts";
import type { LayerEntry, LayerScan } from "../rootfs/index.ts";
import { decodeEntry, encodeEntry } from "./cache-entry.ts";
import type { CacheSettings } from "./cache-settings.ts";
import { pruneCache } from "./prune-cache.ts";
import { asLayerScan, layerScanPayload } from "./layer-entries.ts";

/**
 * The version of the cache's entries: the manifest format their scans describe layers in
 * (MANIFEST_FORMAT), and the version of an entry's shape. Bump the second whenever what an entry
 * keeps changes (2: a layer's scan keeps the bytes of its /etc/passwd and /etc/group). Each
 * version has its own directory and is checked in every entry's header: another rbc's entries are
 * never read.
 */
const CACHE_VERSION = `${MANIFEST_FORMAT}.2`;

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
 * digest too). It holds paths, owners, modes and content digests, and the contents of only the
 * files a scan keeps: a layer's /etc/passwd and /etc/group, which every user of the image can
 * read (a password hash, if an old image has one there, is no more secret than the image that
 * anyone who can read this cache can save). Its directories are 0700, its files 0600. Best
 * effort: a cache that cannot be read or written is a cache that misses.
 */
export interface LayerCache {
  /** The kept scans of those of `diffIds` the cache has, each verified. */
  layers(diffIds: readonly string[]): Promise<Map<string, LayerScan>>;
  /** Keep these layers' scans. */
  keepLayers(layers: readonly ScannedLayerEntries[]): Promise<void>;
  image(imageId: string): Promise<ImageRecord | undefined>;
  keepImage(imageId: string, record: ImageRecord): Promise<void>;
  /** Delete the least recently used entries past the size limit. */
  prune(): Promise<void>;
}

export interface ScannedLayerEntries extends LayerScan {
  readonly diffId: string;
  readonly entries: readonly LayerEntry[];
}

/** A digest's hex part, the only thing ever used as a file name here. */
function hexOf(digest: string): string | undefined {
  return /^sha256:([0-9a-f]{64})$/.exec(digest)?.[1];
}

/** The cache in `settings.dir`: `layers/` and `images/`, one file per key, mode 0700 dirs. */
export function openLayerCache(settings: CacheSettings): LayerCache {
  const root = join(settings.dir, `v${CACHE_VERSION}`);
  const read = async (kind: string, digest: string): Promise<unknown> => {
    const hex = hexOf(digest);
    if (hex === undefined) return undefined;
    const path = join(root, kind, hex);
    const bytes = await readFile(path).catch(() => undefined);
    if (bytes === undefined) return undefined;
    const payload = decodeEntry(bytes, CACHE_VERSION, kind, digest);
    // Recently used: eviction goes by modification time, oldest first.
    if (payload !== undefined) await touch(path);
    return payload;
  };
  const write = async (kind: string, digest: string, payload: unknown): Promise<void> => {
    const hex = hexOf(digest);
    if (hex === undefined) return;
    await writeAtomically(join(root, kind), hex, encodeEntry(CACHE_VERSION, kind, digest, payload));
  };
  return {
    layers: async (diffIds) => {
      const found = new Map<string, LayerScan>();
      for (const diffId of new Set(diffIds)) {
        const scan = asLayerScan(await read("layers", diffId));
        if (scan !== undefined) found.set(diffId, scan);
      }
      return found;
    },
    keepLayers: async (layers) => {
      for (const layer of layers) await write("layers", layer.diffId, layerScanPayload(layer));
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
