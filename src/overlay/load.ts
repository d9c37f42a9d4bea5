import { constants, type FileHandle, open, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, normalize, relative, sep } from "node:path";
import { bundleLocation } from "../bundle-location.ts";
import type { Result } from "../diagnostics.ts";
import { collectLayers, type OverlayFiles, type ReadOutcome } from "./collect-layers.ts";
import { mergeOverlays } from "./merge.ts";
import type { LoadedOverlay } from "./types.ts";

/**
 * The most rbc reads of a file an overlay is made of or names (the overlay, its bases, seccomp
 * profiles): far beyond any real one, small enough that a wrong path cannot exhaust memory.
 */
export const OVERLAY_FILE_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Loads the bundle in `bundleDir`: reads `<bundleDir>/bundle.yaml` and the bases it `extends`,
 * validates each against schemas/bundle.schema.json and merges them (rules at the top of merge.ts).
 *
 * Never throws for bad input: problems come back as diagnostics located in the file that has them
 * (OVL1xx reading and YAML, OVL2xx schema and values, OVL3xx extends), and `value` is undefined
 * when any of them is an error. Paths in diagnostics and in the result are `bundleDir` joined with
 * the file names, not made absolute. Only regular files of at most OVERLAY_FILE_MAX_BYTES are read;
 * a base outside the checkout (the git work tree around the bundle, else the working directory) is
 * read but its content is never quoted (see collect-layers.ts).
 */
export async function loadOverlay(bundleDir: string): Promise<Result<LoadedOverlay>> {
  const { name, overlayFile: file } = bundleLocation(bundleDir);
  const layers = await collectLayers(file, diskFiles(await checkoutRoot(bundleDir)));
  if (layers.value === undefined) return { value: undefined, diagnostics: layers.diagnostics };
  const merged = mergeOverlays(layers.value);
  const diagnostics = [...layers.diagnostics, ...merged.diagnostics];
  if (merged.value === undefined) return { value: undefined, diagnostics };
  const overlay: LoadedOverlay = {
    name,
    dir: bundleDir,
    file,
    files: layers.value.map((layer) => layer.file),
    ...merged.value,
  };
  return { value: overlay, diagnostics };
}

/** Overlay files on disk, with paths kept as given so messages read `bundles/web/bundle.yaml:7:3`. */
function diskFiles(checkout: string): OverlayFiles {
  return {
    read: async (file) => {
      const outcome = await readOverlayFile(file);
      if (!("text" in outcome) || (await isInside(file, checkout))) return outcome;
      return { ...outcome, confidential: true };
    },
    resolve: (from, reference) =>
      isAbsolute(reference) ? normalize(reference) : join(dirname(from), reference),
  };
}

async function readOverlayFile(file: string): Promise<ReadOutcome> {
  try {
    const read = await readBoundedText(file, OVERLAY_FILE_MAX_BYTES);
    return "text" in read ? { text: read.text } : { unreadable: read.refused };
  } catch (e) {
    const code = errorCode(e);
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    return { unreadable: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A regular file's text, if it has at most `maxBytes`; otherwise why it was not read. A fifo, a
 * device or a directory is refused without reading from it (opened non-blocking, so a fifo with
 * no writer cannot hang the read). Errors opening the file (ENOENT, EACCES, ...) throw.
 */
export async function readBoundedText(
  path: string,
  maxBytes: number,
): Promise<{ readonly text: string } | { readonly refused: string }> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { refused: `not a regular file (${fileKind(stats)})` };
    const tooLarge = { refused: `larger than ${String(maxBytes / 1024 / 1024)} MiB` };
    if (stats.size > maxBytes) return tooLarge;
    const bytes = await readUpTo(handle, maxBytes + 1);
    if (bytes.length > maxBytes) return tooLarge;
    // YAML and JSON are UTF-8 here; a lenient decode would turn bad bytes into U+FFFD, and so
    // into a hostname or an environment variable nobody wrote (Compose's YAML parser refuses too).
    const text = utf8Text(bytes);
    return text === undefined ? { refused: "not valid UTF-8 text" } : { text };
  } finally {
    await handle.close();
  }
}

function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** At most `limit` bytes from the start of the file (a file may grow after its stat). */
async function readUpTo(handle: FileHandle, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total < limit) {
    const buffer = new Uint8Array(Math.min(64 * 1024, limit - total));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks);
}

function fileKind(stats: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a fifo";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  return stats.isSocket() ? "a socket" : "not a file";
}

/**
 * The checkout a bundle belongs to: the nearest directory at or above it that holds `.git`, else
 * the working directory. Symbolic links are resolved.
 */
async function checkoutRoot(bundleDir: string): Promise<string> {
  const start = await realpath(bundleDir).catch(() => undefined);
  for (let dir = start; dir !== undefined;) {
    if (
      await stat(join(dir, ".git")).then(
        () => true,
        () => false,
      )
    )
      return dir;
    const parent = dirname(dir);
    dir = parent === dir ? undefined : parent;
  }
  return realpath(process.cwd());
}

/** Whether `file`, its links resolved, is inside `root`. */
async function isInside(file: string, root: string): Promise<boolean> {
  const real = await realpath(file).catch(() => undefined);
  if (real === undefined) return false;
  const path = relative(root, real);
  return path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}

function errorCode(e: unknown): unknown {
  return typeof e === "object" && e !== null && "code" in e ? e.code : undefined;
}
