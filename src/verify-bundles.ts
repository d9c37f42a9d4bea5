import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { ROOTFS_PATH } from "./contract/index.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { findBundleDirs } from "./find-bundle-dirs.ts";
import { untracked, type OnProgress, type TrackProgress } from "./progress.ts";
import {
  readMtree,
  rootfsLocation,
  runtimeMountpoints,
  verifyRootfs,
  type RootfsDiff,
  type RootfsEntry,
} from "./rootfs/index.ts";

/** One bundle's materialized rootfs against its rootfs.mtree (printed as is by `--json`). */
export interface RootfsVerification {
  readonly dir: string;
  /** Modified, missing and extra paths; absent when there was nothing to compare. */
  readonly diff?: RootfsDiff;
  /** Why nothing was compared (no rootfs.mtree, no materialized rootfs, or one out of reach). */
  readonly problem?: string;
}

export interface VerifiedBundles {
  /** Undefined when the paths hold no bundle (see the diagnostics). */
  readonly results: readonly RootfsVerification[] | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** How closely to look: `stat` compares what lstat tells (no file is read), `full` hashes too. */
export type RootfsCheckLevel = "stat" | "full";

/**
 * Check each bundle's materialized rootfs (`.rootfs/rootfs/`) against its committed `rootfs.mtree`;
 * needs no engine. Each bundle's walk reports through `track`.
 */
export async function verifyBundles(
  paths: readonly string[],
  level: RootfsCheckLevel = "full",
  track: TrackProgress = untracked,
): Promise<VerifiedBundles> {
  const found = await findBundleDirs([...paths]);
  if (found.value === undefined) return { results: undefined, diagnostics: found.diagnostics };
  const results: RootfsVerification[] = [];
  for (const dir of found.value) {
    const verify = (onProgress: OnProgress) => verifyBundleRootfs(dir, level, onProgress);
    results.push(await track(dir, "verifying rootfs/", verify));
  }
  return { results, diagnostics: found.diagnostics };
}

/**
 * One bundle's materialized rootfs against its rootfs.mtree. What runc creates to run the bundle
 * (its mountpoints and working directory, see runtimeMountpoints) is not a difference.
 */
export async function verifyBundleRootfs(
  dir: string,
  level: RootfsCheckLevel,
  onProgress?: OnProgress,
): Promise<RootfsVerification> {
  return { dir, ...(await verifyBundle(dir, level, onProgress)) };
}

/** A verification found no difference. */
export function isClean(result: RootfsVerification): boolean {
  const { diff } = result;
  return (
    result.problem === undefined &&
    diff !== undefined &&
    diff.modified.length + diff.missing.length + diff.extra.length === 0
  );
}

async function verifyBundle(
  dir: string,
  level: RootfsCheckLevel,
  onProgress: OnProgress | undefined,
): Promise<{ diff?: RootfsDiff; problem?: string }> {
  let manifest: string;
  try {
    manifest = await readFile(join(dir, "rootfs.mtree"), "utf8");
  } catch {
    return { problem: "no rootfs.mtree: run rbc build" };
  }
  const { parent, rootfsDir: rootfs } = rootfsLocation(dir);
  const found = await directoryState(rootfs);
  if (found === "private") return { problem: `${parent} is private to its owner: run as root` };
  if (found === "missing")
    return { problem: `no ${ROOTFS_PATH}/ to verify: run rbc rootfs ${dir}` };
  // Without root, extraction cannot restore owners, set-id bits or device nodes.
  const root = process.getuid?.() === 0;
  const entries = readMtree(manifest);
  const diff = await verifyRootfs(entries, rootfs, {
    ownership: root,
    setIdBits: root,
    devices: root,
    digests: level === "full",
    mountpoints: await bundleMountpoints(dir, entries),
    ...(onProgress && { onProgress }),
  });
  return { diff };
}

/** The paths runc creates for the bundle's config.json; none without a readable one. */
async function bundleMountpoints(
  dir: string,
  entries: readonly RootfsEntry[],
): Promise<Set<string>> {
  let config: { mounts?: { destination?: unknown }[]; process?: { cwd?: unknown } };
  try {
    config = JSON.parse(await readFile(join(dir, "config.json"), "utf8")) as typeof config;
  } catch {
    return new Set();
  }
  const paths = [...(config.mounts ?? []).map((m) => m.destination), config.process?.cwd].filter(
    (path): path is string => typeof path === "string",
  );
  return runtimeMountpoints(entries, paths);
}

/** A materialized tree sits behind a 0700 directory: another user cannot even look it up. */
async function directoryState(path: string): Promise<"present" | "missing" | "private"> {
  try {
    return (await stat(path)).isDirectory() ? "present" : "missing";
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EACCES" ? "private" : "missing";
  }
}
