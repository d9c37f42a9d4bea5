import { randomBytes } from "node:crypto";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { BundleWriteError } from "./errors/index.ts";

/**
 * A bundle's files change together. The changed files are staged beside their targets
 * (`.<name>.rbc-new`), then the journal `.rbc-commit` names them: once it exists, the write is
 * committed, and the renames that follow complete it. An interrupted write is finished (journal
 * present) or discarded (no journal) by the next rbc that writes or reads the bundle
 * (completePendingWrite), so rbc never reads a new config.json beside an old hostname.
 */
const journalName = ".rbc-commit";

function stagedName(name: string): string {
  return `.${name}.rbc-new`;
}

/**
 * Replaces the given files of bundle `dir` as one unit: staged, journaled, renamed. The directory
 * exists.
 */
export async function commitFiles(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const names = [...files.keys()];
  for (const name of names) await writeStaged(dir, name, files.get(name) ?? "");
  await writeAtomically(join(dir, journalName), `${names.join("\n")}\n`);
  await finishCommit(dir, names);
}

/**
 * Finishes a write that reached its journal, or discards one that did not (and any stray temp
 * file of an older rbc). Every rbc that writes or reads the bundle's files calls it first.
 */
export async function completePendingWrite(dir: string): Promise<void> {
  const journal = await readIfExists(join(dir, journalName));
  if (journal !== undefined) {
    await finishCommit(dir, journal.split("\n").filter(isPlainName));
  }
  const entries = await readdir(dir).catch(() => [] as string[]);
  const leftovers = entries.filter((e) => e.endsWith(".rbc-new") || e.endsWith(".rbc-tmp"));
  for (const entry of leftovers) await rm(join(dir, entry), { force: true });
}

async function finishCommit(dir: string, names: readonly string[]): Promise<void> {
  try {
    for (const name of names) {
      await rename(join(dir, stagedName(name)), join(dir, name)).catch((cause: unknown) => {
        // Already renamed by the interrupted write itself.
        if ((cause as NodeJS.ErrnoException).code !== "ENOENT") throw cause;
      });
    }
    await rm(join(dir, journalName), { force: true });
  } catch (cause) {
    throw new BundleWriteError(dir, cause);
  }
}

/** A journal line names a file of the bundle directory itself, never a path elsewhere. */
function isPlainName(name: string): boolean {
  return (
    name !== "" && name !== "." && name !== ".." && !name.includes("/") && !name.includes("\0")
  );
}

async function writeStaged(dir: string, name: string, content: string): Promise<void> {
  const path = join(dir, stagedName(name));
  try {
    await rm(path, { force: true });
    await writeFile(path, content, { mode: 0o644, flag: "wx" });
  } catch (cause) {
    throw new BundleWriteError(join(dir, name), cause);
  }
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
    await writeFile(temp, content, { mode: 0o644, flag: "wx" });
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true });
    throw new BundleWriteError(path, cause);
  }
}
