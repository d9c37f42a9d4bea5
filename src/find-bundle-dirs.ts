import { Buffer } from "node:buffer";
import { readdir, stat } from "node:fs/promises";
import { join, normalize } from "node:path";
import { OVERLAY_FILE_NAME } from "./bundle-location.ts";
import { error, type Diagnostic, type Result } from "./diagnostics.ts";

/**
 * Expands command-line paths into bundle directories. Each path is a bundle directory (it holds a
 * `bundle.yaml`) or a folder whose direct subdirectories are bundles. The result is sorted in byte
 * order without duplicates; a path that yields no bundle is an OVL102 error, and then `value` is
 * undefined.
 */
export async function findBundleDirs(paths: readonly string[]): Promise<Result<string[]>> {
  const found = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    const dirs = await bundleDirsIn(withoutTrailingSlash(normalize(path)));
    if (dirs.length === 0) {
      const message = `no ${OVERLAY_FILE_NAME} in ${path} or its subdirectories`;
      diagnostics.push(error("OVL102", message));
    }
    for (const dir of dirs) found.add(dir);
  }
  if (diagnostics.length > 0) return { value: undefined, diagnostics };
  return { value: [...found].sort(byteOrder), diagnostics };
}

async function bundleDirsIn(path: string): Promise<string[]> {
  if (await isBundleDir(path)) return [path];
  let names: string[];
  try {
    names = await readdir(path);
  } catch {
    return [];
  }
  const dirs = names.map((name) => join(path, name));
  const isBundle = await Promise.all(dirs.map(isBundleDir));
  return dirs.filter((_, i) => isBundle[i]);
}

async function isBundleDir(dir: string): Promise<boolean> {
  try {
    return (await stat(join(dir, OVERLAY_FILE_NAME))).isFile();
  } catch {
    return false;
  }
}

function withoutTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
