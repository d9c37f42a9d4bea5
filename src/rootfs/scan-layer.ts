import { createHash } from "node:crypto";
import type { LayerEntry } from "./layer-entry.ts";
import { readTarStream, type TarHeader, type TarStreamEntry } from "./tar-stream.ts";
import { UnsupportedEntryError } from "../errors/index.ts";

/**
 * Reads one layer tar (or a `docker export` stream) without extracting it: metadata of every
 * entry plus the sha256 of each file's content, hashed as the bytes stream past. Memory grows
 * with the number of entries, never with their sizes.
 */
export async function scanLayer(source: AsyncIterable<Uint8Array>): Promise<LayerEntry[]> {
  const entries: LayerEntry[] = [];
  for await (const entry of readTarStream(source)) {
    entries.push(await scanEntry(entry, entries.length));
  }
  return entries;
}

async function scanEntry(entry: TarStreamEntry, ordinal: number): Promise<LayerEntry> {
  const { header } = entry;
  if (header.type === "other") {
    throw new UnsupportedEntryError(header.path, `tar typeflag ${JSON.stringify(header.typeflag)}`);
  }
  if (Object.keys(header.pax).some((key) => key.startsWith("GNU.sparse."))) {
    throw new UnsupportedEntryError(header.path, "GNU sparse file");
  }
  const base = layerEntryBase(header, ordinal);
  if (header.type === "file") {
    return { ...base, size: header.size, sha256: await sha256Of(entry.body) };
  }
  return base;
}

/** The metadata part of a layer entry (everything but the content digest). */
export function layerEntryBase(header: TarHeader, ordinal: number): LayerEntry {
  const type = header.type === "other" ? "file" : header.type;
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
    .filter((key) => key.startsWith(XATTR_PREFIX))
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
