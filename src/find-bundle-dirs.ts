import { Buffer } from "node:buffer";
import { readdir, stat } from "node:fs/promises";
import { join, normalize } from "node:path";
import {
  bundleArgumentCandidates,
  nameNotFound,
  parseBundleArgument,
  type BundleArgument,
} from "./bundle-argument.ts";
import { OVERLAY_FILE_NAME } from "./bundle-location.ts";
import { error, type Diagnostic, type Result } from "./diagnostics.ts";

/** A compiled bundle's runtime file: what `rbc stop` and `rbc logs` need of a bundle. */
const CONFIG_FILE_NAME = "config.json";

/**
 * Expands command-line paths into bundle directories. Each path is a bundle directory (it holds a
 * `bundle.yaml`), a folder whose direct subdirectories are bundles, a `bundle.yaml` (its
 * directory), or a bare name, `./<name>` if that holds bundles, else `bundles/<name>`
 * (bundle-argument.ts). The result is sorted in byte order without duplicates; a path that yields
 * no bundle is an OVL102 error saying what was looked for, and then `value` is undefined.
 */
export async function findBundleDirs(paths: readonly string[]): Promise<Result<string[]>> {
  const found = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    const argument = parseBundleArgument(path);
    const dirs = await firstBundles(argument, bundleDirsIn);
    if (dirs.length === 0) diagnostics.push(error("OVL102", await notFound(argument, true)));
    for (const dir of dirs) found.add(dir);
  }
  if (diagnostics.length > 0) return { value: undefined, diagnostics };
  return { value: [...found].sort(byteOrder), diagnostics };
}

/**
 * The one bundle directory a `<bundle>` argument names (`rbc run`, `stop`, `logs`): a directory
 * that holds a `bundle.yaml` or a `config.json` (a bundle whose overlay is gone can still be
 * stopped), given as a path, a path to its `bundle.yaml`, or a bare name, as for findBundleDirs.
 * None is an OVL102 error saying what was looked for.
 */
export async function findBundleDir(path: string): Promise<Result<string>> {
  const argument = parseBundleArgument(path);
  const [dir] = await firstBundles(argument, async (candidate) => {
    const normalized = withoutTrailingSlash(normalize(candidate));
    const holds = await Promise.all(
      [OVERLAY_FILE_NAME, CONFIG_FILE_NAME].map((file) => isFile(join(normalized, file))),
    );
    return holds.includes(true) ? [normalized] : [];
  });
  if (dir !== undefined) return { value: dir, diagnostics: [] };
  return { value: undefined, diagnostics: [error("OVL102", await notFound(argument, false))] };
}

/** The bundles of the first candidate that has any. */
async function firstBundles(
  argument: BundleArgument,
  bundlesIn: (candidate: string) => Promise<string[]>,
): Promise<string[]> {
  for (const candidate of bundleArgumentCandidates(argument)) {
    const dirs = await bundlesIn(candidate);
    if (dirs.length > 0) return dirs;
  }
  return [];
}

/** What was looked for, and why it was not there. */
async function notFound(argument: BundleArgument, folders: boolean): Promise<string> {
  if (argument.kind === "name") {
    return nameNotFound(argument.given, argument.candidates, folders);
  }
  const at = `no bundle at ${argument.given}`;
  const kind = await pathKind(argument.kind === "overlay-file" ? argument.given : argument.dir);
  if (argument.kind === "overlay-file") {
    return kind === "missing" ? `${at}: no such file` : `${at}: not a regular file`;
  }
  if (kind === "missing") return `${at}: no such directory`;
  if (kind !== "directory") {
    return `${at}: not a directory (give a bundle directory, a folder of bundles, or a ${OVERLAY_FILE_NAME})`;
  }
  const own = join(argument.dir, OVERLAY_FILE_NAME);
  return folders
    ? `${at}: no ${own}, nor ${OVERLAY_FILE_NAME} in its subdirectories`
    : `${at}: no ${own}`;
}

async function bundleDirsIn(path: string): Promise<string[]> {
  const dir = withoutTrailingSlash(normalize(path));
  if (await isFile(join(dir, OVERLAY_FILE_NAME))) return [dir];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const dirs = names.map((name) => join(dir, name));
  const isBundle = await Promise.all(dirs.map((sub) => isFile(join(sub, OVERLAY_FILE_NAME))));
  return dirs.filter((_, i) => isBundle[i]);
}

async function isFile(path: string): Promise<boolean> {
  return (await pathKind(path)) === "file";
}

async function pathKind(path: string): Promise<"file" | "directory" | "other" | "missing"> {
  try {
    const stats = await stat(path);
    if (stats.isFile()) return "file";
    return stats.isDirectory() ? "directory" : "other";
  } catch {
    return "missing";
  }
}

function withoutTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
