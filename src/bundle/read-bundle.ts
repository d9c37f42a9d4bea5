import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { generatedFiles } from "./generated-files.ts";
import type { FileSet } from "./plan.ts";
import { completePendingWrite } from "../bundle-journal.ts";

/** The generated files committed in a bundle directory; files that do not exist are absent. */
export async function readBundleFiles(dir: string): Promise<FileSet> {
  await completePendingWrite(dir);
  const files = new Map<string, string>();
  for (const name of generatedFiles) {
    try {
      files.set(name, await readFile(join(dir, name), "utf8"));
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== "ENOENT") throw cause;
    }
  }
  return files;
}
