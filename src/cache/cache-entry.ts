import { createHash } from "node:crypto";

/**
 * One cache file: a header line, then the payload (JSON).
 *
 *     rbc-cache <format> <kind> <key> <payload sha256> <payload bytes>\n<payload>
 *
 * Reading checks every part of the header against what was asked for and the payload against
 * its length and digest: a truncated, corrupt or misplaced file is no entry (undefined), never
 * trusted, and the caller writes it again.
 */

const MAGIC = "rbc-cache";

export function encodeEntry(format: string, kind: string, key: string, payload: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(payload), "utf8");
  const header = `${MAGIC} ${format} ${kind} ${key} ${sha256Hex(body)} ${body.length}\n`;
  return Buffer.concat([Buffer.from(header, "utf8"), body]);
}

/** The payload of `bytes` when it is a whole, intact entry of this format, kind and key. */
export function decodeEntry(bytes: Buffer, format: string, kind: string, key: string): unknown {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || newline > 512) return undefined;
  const [magic, version, entryKind, entryKey, digest, length, ...rest] = bytes
    .subarray(0, newline)
    .toString("utf8")
    .split(" ");
  const body = bytes.subarray(newline + 1);
  const intact =
    magic === MAGIC &&
    version === format &&
    entryKind === kind &&
    entryKey === key &&
    rest.length === 0 &&
    length === String(body.length) &&
    digest === sha256Hex(body);
  if (!intact) return undefined;
  try {
    return JSON.parse(body.toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
