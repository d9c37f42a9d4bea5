import { createHash } from "node:crypto";
import { createTar } from "./tar-writer.ts";
import type { TarEntry } from "./tar-writer.ts";

/**
 * Builds `docker save`-format archives that `docker load` accepts: `manifest.json` naming the
 * config blob and the layers, the config as `<sha256>.json`, each uncompressed layer as
 * `<sha256>/layer.tar`. The image ID the engine assigns is the sha256 of the config bytes, so
 * identical inputs give an identical archive and an identical ID.
 */

/** Every timestamp in the images (tar mtimes and `created`). */
export const FIXED_CREATED = "2024-01-01T00:00:00Z";
export const FIXED_MTIME = Date.parse(FIXED_CREATED) / 1000;

/** The image's runtime config (the `config` object of the image JSON, Docker's field names). */
export type ImageRuntimeConfig = Readonly<Record<string, unknown>>;

export interface ImageLayer {
  /** Entries in archive order; use sortEntries for a canonical order. */
  readonly entries: readonly TarEntry[];
  /** Recorded in the image history. */
  readonly createdBy: string;
}

export interface ImageArchiveInput {
  readonly repoTags: readonly string[];
  readonly config: ImageRuntimeConfig;
  readonly layers: readonly ImageLayer[];
  readonly architecture?: string;
  readonly os?: string;
}

export interface ImageArchive {
  /** `sha256:<hex>` of the config blob: the ID `docker image inspect` reports after load. */
  readonly id: string;
  readonly bytes: Buffer;
}

/** Assembles the archive; pure apart from hashing. */
export function createImageArchive(input: ImageArchiveInput): ImageArchive {
  const layerTars = input.layers.map((layer) => createTar(layer.entries, { mtime: FIXED_MTIME }));
  const diffIds = layerTars.map((tar) => sha256Hex(tar));
  const configBlob = Buffer.from(
    JSON.stringify({
      architecture: input.architecture ?? "amd64",
      config: input.config,
      created: FIXED_CREATED,
      history: input.layers.map((layer) => ({
        created: FIXED_CREATED,
        created_by: layer.createdBy,
      })),
      os: input.os ?? "linux",
      rootfs: { type: "layers", diff_ids: diffIds.map((hex) => `sha256:${hex}`) },
    }),
    "utf8",
  );
  const configHex = sha256Hex(configBlob);
  const manifest = [
    {
      Config: `${configHex}.json`,
      RepoTags: input.repoTags,
      Layers: diffIds.map((hex) => `${hex}/layer.tar`),
    },
  ];
  const entries: TarEntry[] = [{ type: "file", path: `${configHex}.json`, data: configBlob }];
  const seen = new Set<string>();
  layerTars.forEach((tar, index) => {
    const hex = diffIds[index] ?? "";
    // Two identical layers share one directory, as in `docker save`.
    if (seen.has(hex)) return;
    seen.add(hex);
    entries.push(
      { type: "dir", path: `${hex}/` },
      { type: "file", path: `${hex}/layer.tar`, data: tar },
    );
  });
  entries.push({ type: "file", path: "manifest.json", data: JSON.stringify(manifest) });
  return {
    id: `sha256:${configHex}`,
    bytes: createTar(sortEntries(entries), { mtime: FIXED_MTIME }),
  };
}

/** Orders entries by path (byte order, directories without their trailing slash). */
export function sortEntries(entries: readonly TarEntry[]): TarEntry[] {
  const key = (entry: TarEntry): string => entry.path.replace(/\/+$/, "");
  return [...entries].sort((a, b) => Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b))));
}

export function sha256Hex(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
