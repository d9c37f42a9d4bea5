import { createHash } from "node:crypto";
import type { KeepFiles, KeptFile } from "./kept-file.ts";
import type { LayerEntry } from "./layer-entry.ts";
import { readTarStream, type TarHeader, type TarStreamEntry } from "./tar-stream.ts";
import { DuplicateEntryError, UnsupportedEntryError } from "../errors/index.ts";

/**
 * Reads one layer tar (or a `docker export` stream) without extracting it: metadata of every
 * entry plus the sha256 of each file's content, hashed as the bytes stream past. Memory grows
 * with the number of entries, never with their sizes.
 */
export async function scanLayer(source: AsyncIterable<Uint8Array>): Promise<LayerEntry[]> {
  return [...(await scanLayerKeeping(source, NOTHING_KEPT)).entries];
}

/** One layer's scan: its entries, and the bytes of the files `keep` asked for that it has. */
export interface LayerScan {
  readonly entries: readonly LayerEntry[];
  readonly files: readonly KeptFile[];
}

const NOTHING_KEPT: KeepFiles = { paths: [], maxBytes: 0 };

/**
 * scanLayer, also keeping the bytes of the regular files `keep` names (within its size limit),
 * whatever the layer does with them later: the layers above decide what the final tree holds.
 */
export async function scanLayerKeeping(
  source: AsyncIterable<Uint8Array>,
  keep: KeepFiles,
): Promise<LayerScan> {
  const entries: LayerEntry[] = [];
  const files: KeptFile[] = [];
  const names = new Set<string>();
  const kept = new Set(keep.paths);
  let ordinal = 0;
  for await (const entry of readTarStream(source)) {
    // Docker's loader (tar-split) refuses a layer that names a path twice, global headers
    // included; a layer in Docker's store never does.
    const name = cleanName(entry.header.path);
    if (names.has(name)) throw new DuplicateEntryError(entry.header.path);
    names.add(name);
    const { header } = entry;
    if (header.type === "file" && header.size <= keep.maxBytes && kept.has(rootfsPath(name))) {
      const file = await keptEntry(entry, ordinal);
      entries.push(file.entry);
      files.push(file.kept);
    } else if (header.type !== "global") {
      entries.push(await scanEntry(entry, ordinal));
    }
    ordinal += 1;
  }
  return { entries, files };
}

/** A cleaned name as a rootfs path: `/etc/passwd` and `etc/passwd` are `etc/passwd`. */
function rootfsPath(name: string): string {
  return name.replace(/^\/+/, "");
}

/** A file scanned as scanEntry scans it, its bytes kept. */
async function keptEntry(
  entry: TarStreamEntry,
  ordinal: number,
): Promise<{ readonly entry: LayerEntry; readonly kept: KeptFile }> {
  const { header } = entry;
  refuseUnsupported(header);
  const chunks: Uint8Array[] = [];
  for await (const chunk of entry.body) chunks.push(Uint8Array.from(chunk));
  const bytes = Buffer.concat(chunks);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const scanned = { ...layerEntryBase(header, ordinal), size: header.size, sha256 };
  return { entry: scanned, kept: { sha256, bytes } };
}

/** Go's filepath.Clean on a slash-separated name. */
export function cleanName(name: string): string {
  const rooted = name.startsWith("/");
  const parts: string[] = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts.at(-1) !== "..") parts.pop();
    else if (part !== ".." || !rooted) parts.push(part);
  }
  const joined = parts.join("/");
  if (rooted) return `/${joined}`;
  return joined === "" ? "." : joined;
}

async function scanEntry(entry: TarStreamEntry, ordinal: number): Promise<LayerEntry> {
  const { header } = entry;
  refuseUnsupported(header);
  const base = layerEntryBase(header, ordinal);
  if (header.type === "file") {
    return { ...base, size: header.size, sha256: await sha256Of(entry.body) };
  }
  return base;
}

/** Largest owner id a container can have: 2^32 - 1 is chown's "leave unchanged". */
const MAX_ID = 0xfffffffe;

/**
 * What Docker refuses, or accepts in a way rbc does not reproduce. Docker's layer applier
 * refuses every typeflag but files, links, devices, directories and FIFOs (contiguous `7` and
 * old GNU sparse `S` included). It accepts PAX sparse files (expanding their holes), which rbc
 * does not read; and it passes owner ids to chown cut to 32 bits, so a negative id or one past
 * 2^32 - 2 would not be the owner the manifest records.
 */
function refuseUnsupported(header: TarHeader): void {
  if (header.sparse) throw new UnsupportedEntryError(header.path, "GNU sparse file");
  if (header.type === "other") {
    throw new UnsupportedEntryError(header.path, `tar typeflag ${JSON.stringify(header.typeflag)}`);
  }
  for (const [key, id] of [
    ["uid", header.uid],
    ["gid", header.gid],
  ] as const) {
    if (id < 0 || id > MAX_ID) throw new UnsupportedEntryError(header.path, `${key} ${id}`);
  }
}

/** The metadata part of a layer entry (everything but the content digest). */
export function layerEntryBase(header: TarHeader, ordinal: number): LayerEntry {
  const type = header.type === "other" || header.type === "global" ? "file" : header.type;
  const xattrs = xattrsOf(header.pax);
  return {
    ordinal,
    path: header.path,
    type,
    mode: header.mode,
    uid: header.uid,
    gid: header.gid,
    mtime: Math.trunc(header.mtime),
    size: 0,
    ...(type === "symlink" || type === "hardlink" ? { linkTarget: header.linkpath } : {}),
    ...(type === "char" || type === "block"
      ? { devMajor: header.devmajor, devMinor: header.devminor }
      : {}),
    ...(xattrs === undefined ? {} : { xattrs }),
  };
}

const XATTR_PREFIX = "SCHILY.xattr.";

function xattrsOf(pax: Readonly<Record<string, string>>): Record<string, string> | undefined {
  const keys = Object.keys(pax)
    // An empty value keeps nothing, as in Go's reader.
    .filter((key) => key.startsWith(XATTR_PREFIX) && pax[key] !== "")
    .sort();
  if (keys.length === 0) return undefined;
  return Object.fromEntries(keys.map((key) => [key.slice(XATTR_PREFIX.length), pax[key] ?? ""]));
}

/** Hex sha256 of a byte stream, consuming it. */
export async function sha256Of(body: AsyncIterable<Uint8Array>): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of body) hash.update(chunk);
  return hash.digest("hex");
}
