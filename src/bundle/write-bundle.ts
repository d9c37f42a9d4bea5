import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { FileSet } from "./plan.ts";
import { BundleWriteError } from "../errors/index.ts";

/**
 * Write a bundle's files atomically (temp file in the same directory, then rename) and leave files
 * whose content is already right untouched. Returns the names of the files it changed.
 */
export async function writeBundleFiles(dir: string, files: FileSet): Promise<string[]> {
  const changed: string[] = [];
  for (const [name, content] of files) {
    const path = join(dir, name);
    if ((await readIfExists(path)) === content) continue;
    await writeAtomically(path, content);
    changed.push(name);
  }
  return changed;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${randomBytes(6).toString("hex")}.rbc-tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, content, { mode: 0o644 });
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true });
    throw new BundleWriteError(path, cause);
  }
}
