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
}

export function diffRootfs(
  expected: readonly RootfsEntry[],
  actual: readonly RootfsEntry[],
  options: DiffRootfsOptions = {},
): RootfsDiff {
  const observed = new Map(actual.map((entry) => [entry.path, entry]));
  const wanted = new Set(expected.map((entry) => entry.path));
  const modified: ModifiedPath[] = [];
  const missing: string[] = [];
  for (const entry of expected) {
    const found = observed.get(entry.path);
    const isDevice = entry.type === "char" || entry.type === "block";
    if (found === undefined) {
      if (!isDevice || options.devices !== false) missing.push(entry.path);
      continue;
    }
    const keys = differingKeys(entry, found, options);
    if (keys.length > 0) modified.push({ path: entry.path, keys });
  }
  const extra = actual.map((entry) => entry.path).filter((path) => !wanted.has(path));
  return {
    modified: modified.sort((a, b) => comparePaths(a.path, b.path)),
    missing: missing.sort(comparePaths),
    extra: extra.sort(comparePaths),
  };
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
  if (sameKeys(expected, actual, options)) return [];
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
    pairs.push(["sha256digest", expected.sha256, actual.sha256]);
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
    (type !== "file" || (expected.size === actual.size && expected.sha256 === actual.sha256)) &&
    (type !== "symlink" || expected.link === actual.link) &&
    ((type !== "char" && type !== "block") || device(expected) === device(actual)) &&
    (options.time !== true || expected.mtime === actual.mtime)
  );
}

function device(entry: RootfsEntry): string {
  return `${entry.devMajor ?? 0},${entry.devMinor ?? 0}`;
}
