import { chmodSync, lchownSync, lutimesSync } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import type { EntrySource } from "./apply-layers.ts";
import { isCleanDiff } from "./diff-rootfs.ts";
import { groupBy } from "./group-by.ts";
import type { DiffRootfsOptions } from "./diff-rootfs.ts";
import { pauseEvery } from "./pause-every.ts";
import { removeTree } from "./remove-tree.ts";
import { comparePaths } from "./rootfs-entry.ts";
import { preparePrivateRootfs, scratchPath, type RootfsLocation } from "./rootfs-location.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";
import { SafeTree } from "./safe-tree.ts";
import { readTarStream } from "./tar-stream.ts";
import { verifyRootfs } from "./verify-rootfs.ts";
import { RootfsMismatchError } from "../errors/index.ts";
import type { OnProgress } from "../progress.ts";

/**
 * The steps every materialization shares, whatever the source (image or container):
 * a fresh `<bundle>/.rootfs/tmp-<random>` (mode 0700), the plan's non-file nodes, the caller's
 * file writer, metadata deepest first, verification against the manifest, then the rename
 * dance into `<bundle>/.rootfs/rootfs/` (see materialize.ts for the guarantees). Every tree
 * stays inside the private `<bundle>/.rootfs/` (rootfs-location.ts).
 */

export interface MaterializeTreeOptions {
  readonly bundleDir: string;
  /** The manifest the tree must match once written. */
  readonly entries: readonly RootfsEntry[];
  readonly privileged: boolean;
  /** Writes every regular file of `entries` into the tree (the second read of the source). */
  readonly writeFiles: (tree: SafeTree) => Promise<void>;
  /** Where the verification of the written tree reports the paths it checked. */
  readonly onProgress?: OnProgress;
}

export interface MaterializedTree {
  readonly rootfsDir: string;
  readonly warnings: readonly string[];
}

export async function materializeTree(options: MaterializeTreeOptions): Promise<MaterializedTree> {
  const { bundleDir, entries, privileged } = options;
  const warnings: string[] = [];
  const location = await preparePrivateRootfs(bundleDir);
  const { rootfsDir } = location;
  const temporary = scratchPath(location, "tmp");
  await mkdir(temporary, { mode: 0o700 });
  try {
    const tree = new SafeTree(temporary);
    await createNodes(tree, entries, privileged, warnings);
    await options.writeFiles(tree);
    await applyMetadata(tree, entries, privileged);
    const verifyOptions: DiffRootfsOptions = privileged
      ? {}
      : { ownership: false, setIdBits: false, devices: false };
    const { onProgress } = options;
    const diff = await verifyRootfs(entries, temporary, {
      ...verifyOptions,
      ...(onProgress && { onProgress }),
    });
    if (!isCleanDiff(diff)) throw new RootfsMismatchError("the extracted rootfs is wrong", diff);
    await swapInto(temporary, location);
  } catch (error) {
    await removeTree(temporary).catch(() => undefined);
    throw error;
  }
  return { rootfsDir, warnings };
}

/** Default for `privileged`: whether the process runs as root. */
export function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Entry ordinal → the final paths it supplies, sorted (the first is written, the rest linked). */
export function pathsByOrdinal(
  sources: Iterable<readonly [string, EntrySource]>,
): Map<number, string[]> {
  const byOrdinal = new Map<number, string[]>();
  for (const [ordinal, pairs] of groupBy(sources, (source) => source.ordinal)) {
    byOrdinal.set(ordinal, pairs.map(([path]) => path).sort(comparePaths));
  }
  return byOrdinal;
}

/**
 * Writes the wanted files of one tar (a layer or an export), matched by entry ordinal. A planned
 * file whose entry is no longer a file throws `changed(path)`; anything else the second read got
 * wrong (bytes, missing entries) is caught by the verification that follows.
 */
export async function extractEntries(
  tree: SafeTree,
  source: AsyncIterable<Uint8Array>,
  files: ReadonlyMap<number, readonly string[]>,
  changed: (path: string) => Error,
): Promise<void> {
  let ordinal = 0;
  for await (const { header, body } of readTarStream(source)) {
    const paths = files.get(ordinal);
    ordinal += 1;
    if (paths === undefined) continue;
    const [first, ...others] = paths;
    if (header.type !== "file" || first === undefined) {
      throw changed(header.path);
    }
    await tree.writeFile(first, body);
    for (const other of others) tree.link(first, other);
  }
}

async function createNodes(
  tree: SafeTree,
  entries: readonly RootfsEntry[],
  privileged: boolean,
  warnings: string[],
): Promise<void> {
  for (const [step, entry] of entries.entries()) {
    await pauseEvery(step);
    if (entry.path === ".") continue;
    if (entry.type === "dir") tree.mkdir(entry.path);
    else if (entry.type === "symlink") tree.symlink(entry.path, entry.link ?? "");
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
      const names = Object.keys(entry.xattrs).map((name) => Buffer.from(name, "latin1").toString());
      warnings.push(`${entry.path}: extended attributes not restored (${names.join(", ")})`);
    }
    if (!privileged && (entry.mode & 0o6000) !== 0 && entry.type !== "symlink") {
      warnings.push(`${entry.path}: set-uid/set-gid bits dropped (needs root)`);
    }
  }
}

/** Children before parents, so a read-only directory is closed only after it is filled. */
async function applyMetadata(
  tree: SafeTree,
  entries: readonly RootfsEntry[],
  privileged: boolean,
): Promise<void> {
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    await pauseEvery(index);
    const entry = entries[index];
    if (entry === undefined) continue;
    const isDevice = entry.type === "char" || entry.type === "block";
    if (isDevice && !privileged) continue;
    const path = tree.absolute(entry.path);
    // chown before chmod: chown clears the set-id bits.
    if (privileged) lchownSync(path, entry.uid, entry.gid);
    // Linux has no lchmod; a symlink's own mode is always 0777.
    if (entry.type !== "symlink") chmodSync(path, entry.mode & (privileged ? 0o7777 : 0o1777));
    lutimesSync(path, entry.mtime, entry.mtime);
  }
}

async function swapInto(temporary: string, location: RootfsLocation): Promise<void> {
  const { rootfsDir } = location;
  const aside = scratchPath(location, "old");
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
