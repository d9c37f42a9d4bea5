import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { commitFiles, completePendingWrite } from "../bundle-journal.ts";
import type { FileSet } from "./plan.ts";
import { BundleWriteError } from "../errors/index.ts";

/**
 * Write a bundle's files as one unit (bundle-journal.ts) and leave files whose content is already
 * right untouched. Returns the names of the files it changed.
 */
export async function writeBundleFiles(dir: string, files: FileSet): Promise<string[]> {
  await completePendingWrite(dir);
  const changed = new Map<string, string>();
  for (const [name, content] of files) {
    if ((await readIfExists(join(dir, name))) !== content) changed.set(name, content);
  }
  if (changed.size === 0) return [];
  await mkdir(dir, { recursive: true }).catch((cause: unknown) => {
    throw new BundleWriteError(dir, cause);
  });
  await commitFiles(dir, changed);
  return [...changed.keys()];
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}
