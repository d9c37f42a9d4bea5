import { randomBytes } from "node:crypto";
import { chmod, lchown, lutimes, mkdir, readdir, rename } from "node:fs/promises";
import { join } from "node:path";
import { diffRootfs, isCleanDiff } from "./diff-rootfs.ts";
import type { DiffRootfsOptions } from "./diff-rootfs.ts";
import { digestWhile } from "./digest-stream.ts";
import type { ImageRootfs } from "./image-manifest.ts";
import { readImageManifest } from "./read-image-manifest.ts";
import type { OpenImageArchive } from "./read-image-manifest.ts";
import { removeTree } from "./remove-tree.ts";
import {
  ImageArchiveError,
  LayerDigestMismatchError,
  RootfsMismatchError,
} from "./rootfs-errors.ts";
import { comparePaths } from "./rootfs-entry.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";
import { SafeTree } from "./safe-tree.ts";
import { archiveName } from "./scan-image-archive.ts";
import { readTarStream } from "./tar-stream.ts";
import { verifyRootfs } from "./verify-rootfs.ts";

/**
 * Materializes an image's rootfs into `<bundle>/rootfs/`, safely against hostile images.
 *
 * 1. Read 1 of `docker save` (skipped when `image` is given): the manifest and its plan. Every
 *    hostile-name rule is enforced there (apply-layers.ts), before anything touches the disk.
 * 2. With `expected` (the committed manifest), the image must still produce exactly it.
 * 3. In a fresh `<bundle>/.rootfs.tmp-<random>` (mode 0700): directories, symlinks, fifos and
 *    (as root) device nodes from the plan, then read 2 of `docker save`: each final file's bytes
 *    are written from the one layer entry that supplies them, whatever order the layers arrive
 *    in; paths sharing a source become hard links. Each layer's diff_id is checked again.
 * 4. Ownership, modes and mtimes, deepest first. Without root: no chown, set-uid/set-gid bits
 *    dropped, device nodes skipped; each reported as a warning.
 * 5. The temporary tree is verified against the manifest; only then does it replace `rootfs/`:
 *    the old tree is renamed aside, the new one renamed in, the old one deleted. An interrupted
 *    run leaves the previous `rootfs/` (or none), never a partial tree under that name; its
 *    `.rootfs.tmp-*` / `.rootfs.old-*` leftovers are deleted by the next run, so run one
 *    materialization per bundle at a time. Between the two renames there is briefly no
 *    `rootfs/` at all: Node has no renameat2(RENAME_EXCHANGE) to swap directories in one step.
 */

export interface MaterializeOptions {
  readonly bundleDir: string;
  readonly openArchive: OpenImageArchive;
  /** The committed manifest: refuse to extract an image that no longer matches it. */
  readonly expected?: readonly RootfsEntry[];
  /** The result of readImageManifest on the same image, to save the first read. */
  readonly image?: ImageRootfs;
  /** Restore ownership, set-id bits and devices (default: whether the process runs as root). */
  readonly privileged?: boolean;
}

export interface MaterializeResult {
  readonly rootfsDir: string;
  readonly image: ImageRootfs;
  /** What could not be reproduced, one line per path. */
  readonly warnings: readonly string[];
}

export async function materializeRootfs(options: MaterializeOptions): Promise<MaterializeResult> {
  const image = options.image ?? (await readImageManifest(await options.openArchive()));
  if (options.expected !== undefined) {
    const drift = diffRootfs(options.expected, image.entries);
    if (!isCleanDiff(drift))
      throw new RootfsMismatchError("the image differs from its manifest", drift);
  }
  const privileged = options.privileged ?? process.getuid?.() === 0;
  const warnings: string[] = [];
  const rootfsDir = join(options.bundleDir, "rootfs");
  await mkdir(options.bundleDir, { recursive: true });
  await removeLeftovers(options.bundleDir);
  const temporary = join(options.bundleDir, `.rootfs.tmp-${randomBytes(8).toString("hex")}`);
  await mkdir(temporary, { mode: 0o700 });
  try {
    const tree = new SafeTree(temporary);
    await createNodes(tree, image.entries, privileged, warnings);
    await writeFiles(tree, image, await options.openArchive());
    await applyMetadata(tree, image.entries, privileged);
    const verifyOptions: DiffRootfsOptions = privileged
      ? {}
      : { ownership: false, setIdBits: false, devices: false };
    const diff = await verifyRootfs(image.entries, temporary, verifyOptions);
    if (!isCleanDiff(diff)) throw new RootfsMismatchError("the extracted rootfs is wrong", diff);
    await swapInto(temporary, rootfsDir);
  } catch (error) {
    await removeTree(temporary).catch(() => undefined);
    throw error;
  }
  return { rootfsDir, image, warnings };
}

async function createNodes(
  tree: SafeTree,
  entries: readonly RootfsEntry[],
  privileged: boolean,
  warnings: string[],
): Promise<void> {
  for (const entry of entries) {
    if (entry.path === ".") continue;
    if (entry.type === "dir") await tree.mkdir(entry.path);
    else if (entry.type === "symlink") await tree.symlink(entry.path, entry.link ?? "");
    else if (entry.type === "fifo") await tree.mknod(entry.path, "p");
    else if (entry.type !== "file" && privileged) {
      await tree.mknod(
        entry.path,
        entry.type === "char" ? "c" : "b",
        entry.devMajor,
        entry.devMinor,
      );
    } else if (entry.type !== "file") {
      warnings.push(`${entry.path}: device node skipped (needs root)`);
    }
    if (entry.xattrs !== undefined) {
      warnings.push(
        `${entry.path}: extended attributes not restored (${Object.keys(entry.xattrs).join(", ")})`,
      );
    }
    if (!privileged && (entry.mode & 0o6000) !== 0 && entry.type !== "symlink") {
      warnings.push(`${entry.path}: set-uid/set-gid bits dropped (needs root)`);
    }
  }
}

/** Read 2: stream the archive again and write each file from the entry the plan names. */
async function writeFiles(
  tree: SafeTree,
  image: ImageRootfs,
  archive: AsyncIterable<Uint8Array>,
): Promise<void> {
  const wanted = wantedByLayer(image);
  for await (const { header, body } of readTarStream(archive)) {
    const name = archiveName(header.path);
    const files = wanted.get(name);
    if (files === undefined || header.type !== "file") continue;
    wanted.delete(name);
    const layer = image.layerPaths.indexOf(name);
    const expected = image.diffIds[layer] ?? "";
    const { sha256 } = await digestWhile(body, (tapped) => extractLayer(tree, tapped, files));
    if (`sha256:${sha256}` !== expected) {
      throw new LayerDigestMismatchError(layer, expected, `sha256:${sha256}`);
    }
  }
  const [missing] = wanted.keys();
  if (missing !== undefined) throw new ImageArchiveError(`layer ${missing} missing on second read`);
}

/** Archive name of a layer tar → entry ordinal → the final paths it supplies, sorted. */
function wantedByLayer(image: ImageRootfs): Map<string, Map<number, string[]>> {
  const wanted = new Map<string, Map<number, string[]>>();
  for (const [path, source] of image.plan.sources) {
    const name = image.layerPaths[source.layer] ?? "";
    const byOrdinal = wanted.get(name) ?? new Map<number, string[]>();
    wanted.set(name, byOrdinal);
    byOrdinal.set(source.ordinal, [...(byOrdinal.get(source.ordinal) ?? []), path]);
  }
  for (const byOrdinal of wanted.values()) {
    for (const paths of byOrdinal.values()) paths.sort(comparePaths);
  }
  return wanted;
}

async function extractLayer(
  tree: SafeTree,
  layer: AsyncIterable<Uint8Array>,
  files: ReadonlyMap<number, readonly string[]>,
): Promise<void> {
  let ordinal = 0;
  for await (const { header, body } of readTarStream(layer)) {
    const paths = files.get(ordinal);
    ordinal += 1;
    if (paths === undefined) continue;
    const [first, ...others] = paths;
    if (header.type !== "file" || first === undefined) {
      throw new ImageArchiveError(`layer changed between reads at ${header.path}`);
    }
    await tree.writeFile(first, body);
    for (const other of others) await tree.link(first, other);
  }
}

/** Children before parents, so a read-only directory is closed only after it is filled. */
async function applyMetadata(
  tree: SafeTree,
  entries: readonly RootfsEntry[],
  privileged: boolean,
): Promise<void> {
  for (const entry of [...entries].reverse()) {
    const isDevice = entry.type === "char" || entry.type === "block";
    if (isDevice && !privileged) continue;
    const path = tree.absolute(entry.path);
    // chown before chmod: chown clears the set-id bits.
    if (privileged) await lchown(path, entry.uid, entry.gid);
    // Linux has no lchmod; a symlink's own mode is always 0777.
    if (entry.type !== "symlink") await chmod(path, entry.mode & (privileged ? 0o7777 : 0o1777));
    await lutimes(path, entry.mtime, entry.mtime);
  }
}

async function swapInto(temporary: string, rootfsDir: string): Promise<void> {
  const aside = `${rootfsDir.replace(/rootfs$/, ".rootfs.old-")}${randomBytes(8).toString("hex")}`;
  let moved = false;
  try {
    await rename(rootfsDir, aside);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await rename(temporary, rootfsDir);
  if (moved) await removeTree(aside);
}

/** Temporary and set-aside trees of an earlier, interrupted run. */
async function removeLeftovers(bundleDir: string): Promise<void> {
  for (const name of await readdir(bundleDir)) {
    if (/^\.rootfs\.(tmp|old)-[0-9a-f]+$/.test(name)) await removeTree(join(bundleDir, name));
  }
}
