import { createHash } from "node:crypto";
import type { KeptFile, LayerEntry, LayerScan } from "../rootfs/index.ts";

/** A layer's scan as a cache entry keeps it (JSON): a kept file's bytes in base64. */
interface LayerScanPayload {
  readonly entries: readonly LayerEntry[];
  readonly files: readonly { readonly sha256: string; readonly base64: string }[];
}

export function layerScanPayload(scan: LayerScan): LayerScanPayload {
  const files = scan.files.map(({ sha256, bytes }) => ({
    sha256,
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64"),
  }));
  return { entries: scan.entries, files };
}

/**
 * A cached layer scan, checked: its entries field by field (asLayerEntries), and each kept file's
 * bytes against their digest, so that a file's bytes answer only for the content they are.
 */
export function asLayerScan(value: unknown): LayerScan | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const { entries: rawEntries, files: rawFiles, ...rest } = value as Record<string, unknown>;
  const entries = asLayerEntries(rawEntries);
  if (entries === undefined || Object.keys(rest).length > 0 || !Array.isArray(rawFiles)) {
    return undefined;
  }
  const files: KeptFile[] = [];
  for (const raw of rawFiles as unknown[]) {
    const file = asKeptFile(raw);
    if (file === undefined) return undefined;
    files.push(file);
  }
  return { entries, files };
}

function asKeptFile(value: unknown): KeptFile | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { sha256, base64 } = value as Record<string, unknown>;
  if (typeof sha256 !== "string" || typeof base64 !== "string") return undefined;
  const bytes = Buffer.from(base64, "base64");
  const digest = createHash("sha256").update(bytes).digest("hex");
  return digest === sha256 ? { sha256, bytes } : undefined;
}

/**
 * A cached layer's entries, checked field by field: the cache holds data only, and what comes out
 * of it goes through the same layer rules (apply-layers.ts) as a layer read from an archive.
 */
export function asLayerEntries(value: unknown): LayerEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.every(isLayerEntry) ? value : undefined;
}

const TYPES = new Set(["file", "hardlink", "symlink", "char", "block", "dir", "fifo"]);

function isLayerEntry(value: unknown): value is LayerEntry {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const entry = value as Record<string, unknown>;
  const known = new Set([
    ...REQUIRED_NUMBERS,
    ...OPTIONAL_NUMBERS,
    ...STRINGS,
    "path",
    "type",
    "xattrs",
  ]);
  return (
    Object.keys(entry).every((key) => known.has(key)) &&
    typeof entry["path"] === "string" &&
    typeof entry["type"] === "string" &&
    TYPES.has(entry["type"]) &&
    REQUIRED_NUMBERS.every((key) => Number.isSafeInteger(entry[key])) &&
    OPTIONAL_NUMBERS.every((key) => entry[key] === undefined || Number.isSafeInteger(entry[key])) &&
    STRINGS.every((key) => entry[key] === undefined || typeof entry[key] === "string") &&
    // scanLayer digests every file; no other entry has a digest.
    (entry["type"] === "file"
      ? typeof entry["sha256"] === "string" && /^[0-9a-f]{64}$/.test(entry["sha256"])
      : entry["sha256"] === undefined) &&
    isXattrs(entry["xattrs"])
  );
}

const REQUIRED_NUMBERS = ["ordinal", "mode", "uid", "gid", "mtime", "size"];
const OPTIONAL_NUMBERS = ["devMajor", "devMinor"];
const STRINGS = ["sha256", "linkTarget"];

function isXattrs(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((item) => typeof item === "string");
}
