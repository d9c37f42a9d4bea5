import { formatMode } from "./write-mtree.ts";
import { comparePaths, type RootfsEntry } from "./rootfs-entry.ts";

/**
 * Compares an expected tree (a manifest) with an observed one, the way go-mtree's Compare does:
 * paths only in the manifest are `missing`, paths only observed are `extra`, and paths in both
 * with differing keywords are `modified`, each with every differing key. All three are drift.
 * Only keywords the mtree dialect records are compared; a type change reports just `type`.
 */

export interface KeyDifference {
  readonly name: string;
  readonly expected: string;
  readonly actual: string;
}

export interface ModifiedPath {
  readonly path: string;
  readonly keys: readonly KeyDifference[];
}

export interface RootfsDiff {
  readonly modified: readonly ModifiedPath[];
  readonly missing: readonly string[];
  readonly extra: readonly string[];
}

export interface DiffRootfsOptions {
  /** Compare mtimes (default false, like the mtree files). */
  readonly time?: boolean;
  /** Compare uid/gid (default true; false for a rootfs extracted without root). */
  readonly ownership?: boolean;
  /** Compare the set-uid and set-gid bits (default true; unprivileged extraction drops them). */
  readonly setIdBits?: boolean;
  /** Expect device nodes (default true; unprivileged extraction cannot create them). */
  readonly devices?: boolean;
  /**
   * Compare file contents (sha256; default true). Without, a file agrees when its type, mode,
   * owner and size do: the stat-only pass, which reads no file.
   */
  readonly digests?: boolean;
  /**
   * Paths the runtime creates to run the container (runtimeMountpoints): one of them that the
   * manifest does not list is no drift while it is a directory or an empty file.
   */
  readonly mountpoints?: ReadonlySet<string>;
}

export function diffRootfs(
  expected: readonly RootfsEntry[],
  actual: readonly RootfsEntry[],
  options: DiffRootfsOptions = {},
): RootfsDiff {
  const diff = startRootfsDiff(expected, options);
  // A tree has one entry per path: of repeated ones, the last counts.
  const observed = new Map<string, RootfsEntry>();
  for (const entry of actual) observed.set(entry.path, entry);
  for (const entry of observed.values()) diff.observe(entry, diff.expected(entry.path));
  return diff.finish();
}

/**
 * A diff fed one observed entry at a time, so a walk of the tree compares as it goes and keeps
 * nothing of what agrees. Each path is observed at most once.
 */
export interface RootfsDiffBuilder {
  /** The manifest's entry for a path, if it lists one and it has not been observed yet. */
  readonly expected: (path: string) => RootfsEntry | undefined;
  /** Compares an observed entry with `expected(entry.path)`, given back by the caller. */
  readonly observe: (actual: RootfsEntry, expected: RootfsEntry | undefined) => void;
  /** The diff; paths of the manifest never observed are missing. */
  readonly finish: () => RootfsDiff;
}

export function startRootfsDiff(
  expected: readonly RootfsEntry[],
  options: DiffRootfsOptions = {},
): RootfsDiffBuilder {
  // The manifest's entries not observed yet: what is left at the end is missing.
  const unseen = new Map<string, RootfsEntry>();
  for (const entry of expected) unseen.set(entry.path, entry);
  const modified: ModifiedPath[] = [];
  const extra: string[] = [];
  return {
    expected: (path) => unseen.get(path),
    observe: (actual, wanted) => {
      if (wanted === undefined) {
        if (!isMountpoint(actual, options.mountpoints)) extra.push(actual.path);
        return;
      }
      unseen.delete(actual.path);
      if (sameKeys(wanted, actual, options)) return;
      const keys = differingKeys(wanted, actual, options);
      if (keys.length > 0) modified.push({ path: actual.path, keys });
    },
    finish: () => ({
      modified: modified.sort((a, b) => comparePaths(a.path, b.path)),
      missing: missingPaths(unseen.values(), options).sort(comparePaths),
      extra: extra.sort(comparePaths),
    }),
  };
}

/** What runc leaves where it mounts: a directory, or the empty file a file bind needs. */
function isMountpoint(actual: RootfsEntry, mountpoints: ReadonlySet<string> | undefined): boolean {
  if (mountpoints?.has(actual.path) !== true) return false;
  return actual.type === "dir" || (actual.type === "file" && actual.size === 0);
}

/** Paths never observed; a device node only if device nodes are expected at all. */
function missingPaths(unseen: Iterable<RootfsEntry>, options: DiffRootfsOptions): string[] {
  const missing: string[] = [];
  for (const entry of unseen) {
    const isDevice = entry.type === "char" || entry.type === "block";
    if (!isDevice || options.devices !== false) missing.push(entry.path);
  }
  return missing;
}

/** True when the trees agree. */
export function isCleanDiff(diff: RootfsDiff): boolean {
  return diff.modified.length === 0 && diff.missing.length === 0 && diff.extra.length === 0;
}

function differingKeys(
  expected: RootfsEntry,
  actual: RootfsEntry,
  options: DiffRootfsOptions,
): KeyDifference[] {
  if (expected.type !== actual.type) {
    return [{ name: "type", expected: expected.type, actual: actual.type }];
  }
  const modeMask = options.setIdBits === false ? 0o1777 : 0o7777;
  const pairs: [string, string | undefined, string | undefined][] = [];
  if (expected.type !== "symlink") {
    pairs.push(["mode", formatMode(expected.mode & modeMask), formatMode(actual.mode & modeMask)]);
  }
  if (options.ownership !== false) {
    pairs.push(["uid", String(expected.uid), String(actual.uid)]);
    pairs.push(["gid", String(expected.gid), String(actual.gid)]);
  }
  if (expected.type === "file") {
    pairs.push(["size", String(expected.size), String(actual.size)]);
    if (options.digests !== false) pairs.push(["sha256digest", expected.sha256, actual.sha256]);
  }
  if (expected.type === "symlink") pairs.push(["link", expected.link, actual.link]);
  if (expected.type === "char" || expected.type === "block") {
    pairs.push(["device", device(expected), device(actual)]);
  }
  if (options.time === true) pairs.push(["time", String(expected.mtime), String(actual.mtime)]);
  return pairs
    .filter(([, want, got]) => want !== got)
    .map(([name, want, got]) => ({ name, expected: want ?? "", actual: got ?? "" }));
}

/**
 * What differingKeys finds no difference in, compared field by field without building strings:
 * nearly every path of a verification agrees, and this keeps checking them cheap.
 */
function sameKeys(expected: RootfsEntry, actual: RootfsEntry, options: DiffRootfsOptions): boolean {
  const { type } = expected;
  const modeMask = options.setIdBits === false ? 0o1777 : 0o7777;
  return (
    type === actual.type &&
    (type === "symlink" || (expected.mode & modeMask) === (actual.mode & modeMask)) &&
    (options.ownership === false || (expected.uid === actual.uid && expected.gid === actual.gid)) &&
    (type !== "file" ||
      (expected.size === actual.size &&
        (options.digests === false || expected.sha256 === actual.sha256))) &&
    (type !== "symlink" || expected.link === actual.link) &&
    ((type !== "char" && type !== "block") || device(expected) === device(actual)) &&
    (options.time !== true || expected.mtime === actual.mtime)
  );
}

function device(entry: RootfsEntry): string {
  return `${entry.devMajor ?? 0},${entry.devMinor ?? 0}`;
}
