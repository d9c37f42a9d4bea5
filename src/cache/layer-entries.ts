import type { LayerEntry } from "../rootfs/index.ts";

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
