import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runDocker, runDockerChecked } from "./docker-cli.ts";
import { sha256Hex } from "./image-archive.ts";
import { defineImages } from "./images.ts";
import type { ImageKey } from "./images.ts";

/** Where the docker-save tarballs are kept (git-ignored). */
export const IMAGE_CACHE_DIR = fileURLToPath(new URL("../../.cache/images/", import.meta.url));

export interface BuiltImage {
  readonly key: ImageKey;
  /** Repository tag, e.g. `rbc.local/busybox:1`. */
  readonly name: string;
  /** `sha256:<hex>` image ID (digest of the config blob). */
  readonly id: string;
  /** Path of the docker-save tarball in IMAGE_CACHE_DIR. */
  readonly tarball: string;
  /** sha256 hex of the tarball bytes. */
  readonly tarballSha256: string;
}

export interface EnsuredImage extends BuiltImage {
  /** True when this call ran `docker load`; false when the engine already had the exact ID. */
  readonly loaded: boolean;
}

/** Builds every image archive and writes it to the cache when its bytes changed. */
export async function buildImages(): Promise<BuiltImage[]> {
  await mkdir(IMAGE_CACHE_DIR, { recursive: true });
  const built: BuiltImage[] = [];
  for (const image of await defineImages()) {
    const tarball = join(IMAGE_CACHE_DIR, `${image.name.replace(/[/:]/g, "_")}.tar`);
    const tarballSha256 = sha256Hex(image.archive.bytes);
    if ((await fileSha256(tarball)) !== tarballSha256) {
      const temporary = `${tarball}.${process.pid}.tmp`;
      await writeFile(temporary, image.archive.bytes);
      await rename(temporary, tarball);
    }
    built.push({ key: image.key, name: image.name, id: image.archive.id, tarball, tarballSha256 });
  }
  return built;
}

/**
 * Builds the images and `docker load`s each one the engine lacks (by exact image ID). `client`:
 * another engine's client (default: the host's), which is given the archive on its stdin, since
 * it may not see this checkout (the chroot engines' clients do not).
 */
export async function syncImages(client?: readonly string[]): Promise<EnsuredImage[]> {
  const ensured: EnsuredImage[] = [];
  const on = client === undefined ? {} : { client };
  for (const image of await buildImages()) {
    const present = await runDocker(["image", "inspect", "--format", "{{.Id}}", image.name], on);
    const loaded = present.exitCode !== 0 || present.stdout.trim() !== image.id;
    if (loaded && client === undefined) {
      await runDockerChecked(["load", "--quiet", "--input", image.tarball]);
    } else if (loaded) {
      await runDockerChecked(["load", "--quiet"], { ...on, input: await readFile(image.tarball) });
    }
    ensured.push({ ...image, loaded });
  }
  return ensured;
}

/** Makes sure the engine has rbc.local/busybox:1, rbc.local/app:1 and rbc.local/nousers:1. */
export async function ensureImages(): Promise<void> {
  await syncImages();
}

async function fileSha256(path: string): Promise<string | undefined> {
  try {
    return sha256Hex(await readFile(path));
  } catch {
    return undefined;
  }
}
