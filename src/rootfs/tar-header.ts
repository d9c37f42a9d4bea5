import { TarFormatError } from "../errors/index.ts";

/**
 * Decoding of one 512-byte tar header block and of PAX extended-header records, field by field
 * as Go's `archive/tar` Reader decodes them (Docker applies layers with it, so what it reads is
 * what a container gets): the checksum and the magic decide the format, and the format decides
 * which fields exist. Pure: bytes in, fields out.
 */

export const BLOCK_SIZE = 512;

/**
 * - `v7`: no magic; no owner names, device numbers or prefix.
 * - `ustar`: magic "ustar\0" (POSIX ustar and pax); a 155-byte name prefix.
 * - `star`: ustar magic plus "tar\0" at byte 508 (Schily's star); a 131-byte prefix.
 * - `gnu`: magic "ustar " and version " \0"; access and change times where ustar has the prefix.
 */
export type TarFormat = "v7" | "ustar" | "star" | "gnu";

/** What the raw header says, before PAX records and GNU long names are applied. */
export interface RawHeader {
  readonly format: TarFormat;
  /** prefix + "/" + name as raw bytes, cut at the first NUL (names are decoded per entry). */
  readonly name: Uint8Array;
  readonly linkname: Uint8Array;
  /** May be negative (base-256); the reader refuses what it cannot represent. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  readonly mtime: number;
  /** The typeflag character exactly as archived ("\0" for old tar's NUL). */
  readonly typeflag: string;
  readonly uname: string;
  readonly gname: string;
  readonly devmajor: number;
  readonly devminor: number;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const looseUtf8 = new TextDecoder("utf-8");

/** True for the all-zero blocks that end an archive. */
export function isZeroBlock(block: Uint8Array): boolean {
  return block.every((byte) => byte === 0);
}

export function decodeHeader(block: Uint8Array): RawHeader {
  const format = headerFormat(block);
  const hasUstarFields = format !== "v7";
  const name = cString(block.subarray(0, 100));
  const prefix = namePrefix(block, format);
  return {
    format,
    name: prefix.length === 0 ? name : joinBytes(prefix, name),
    linkname: cString(block.subarray(157, 257)),
    mode: readNumber(block, 100, 8),
    uid: readNumber(block, 108, 8),
    gid: readNumber(block, 116, 8),
    size: readNumber(block, 124, 12),
    mtime: readNumber(block, 136, 12),
    typeflag: String.fromCharCode(block[156] ?? 0),
    uname: hasUstarFields ? looseUtf8.decode(cString(block.subarray(265, 297))) : "",
    gname: hasUstarFields ? looseUtf8.decode(cString(block.subarray(297, 329))) : "",
    devmajor: hasUstarFields ? readNumber(block, 329, 8) : 0,
    devminor: hasUstarFields ? readNumber(block, 337, 8) : 0,
  };
}

/** Checksum first (an unreadable or wrong one is not a header), then the magic values. */
function headerFormat(block: Uint8Array): TarFormat {
  const stored = parseOctal(block.subarray(148, 156));
  let unsigned = 0;
  let signed = 0;
  for (let index = 0; index < BLOCK_SIZE; index += 1) {
    const byte = index >= 148 && index < 156 ? 0x20 : (block[index] ?? 0);
    unsigned += byte;
    signed += byte >= 0x80 ? byte - 0x100 : byte;
  }
  // Historic writers summed signed chars; Go accepts either sum, and so does rbc.
  if (stored === undefined || (stored !== unsigned && stored !== signed)) {
    throw new TarFormatError(`header checksum mismatch (not a tar archive, or corrupted)`);
  }
  const magic = byteString(block.subarray(257, 263));
  if (magic === "ustar\0")
    return byteString(block.subarray(508, 512)) === "tar\0" ? "star" : "ustar";
  if (magic === "ustar " && byteString(block.subarray(263, 265)) === " \0") return "gnu";
  return "v7";
}

/**
 * The name prefix. GNU headers have none, except that Go reads one from files written by its
 * own pre-1.8 writer: when the access or change time does not parse, an ASCII prefix is used.
 */
function namePrefix(block: Uint8Array, format: TarFormat): Uint8Array {
  if (format === "ustar") return cString(block.subarray(345, 500));
  if (format === "star") return cString(block.subarray(345, 476));
  if (format !== "gnu" || (timeParses(block, 345) && timeParses(block, 357))) {
    return new Uint8Array(0);
  }
  const prefix = cString(block.subarray(345, 500));
  return prefix.every((byte) => byte < 0x80) ? prefix : new Uint8Array(0);
}

function timeParses(block: Uint8Array, offset: number): boolean {
  if (block[offset] === 0) return true;
  try {
    readNumber(block, offset, 12);
    return true;
  } catch {
    return false;
  }
}

/**
 * PAX records: `<length> <key>=<value>\n`, the length counting the whole record in bytes. As in
 * Go, a malformed record fails the archive, a later record replaces an earlier one with its
 * key, and GNU sparse 0.0 offset/numbytes pairs are collected into `GNU.sparse.map`.
 * Keys and values are byte strings (one UTF-16 unit per byte, see byteString): Go keeps them as
 * bytes, and Docker writes `SCHILY.xattr.*` names and values as they are, binary ones (file
 * capabilities) and non-UTF-8 ones included. Names are decoded where they are used.
 */
export function parsePaxRecords(body: Uint8Array): Record<string, string> {
  const records: Record<string, string> = {};
  const sparseMap: string[] = [];
  let offset = 0;
  while (offset < body.length) {
    const [key, value, end] = paxRecordAt(body, offset);
    if (key === "GNU.sparse.offset" || key === "GNU.sparse.numbytes") {
      const expected = sparseMap.length % 2 === 0 ? "GNU.sparse.offset" : "GNU.sparse.numbytes";
      if (key !== expected || value.includes(",")) {
        throw new TarFormatError(`bad GNU sparse record at byte ${offset}`);
      }
      sparseMap.push(value);
    } else {
      records[key] = value;
    }
    offset = end;
  }
  if (sparseMap.length > 0) records["GNU.sparse.map"] = sparseMap.join(",");
  return records;
}

const NAME_KEYS = new Set(["path", "linkpath", "uname", "gname"]);

function paxRecordAt(body: Uint8Array, offset: number): [string, string, number] {
  const fail = (why: string): never => {
    throw new TarFormatError(`bad PAX record at byte ${offset}: ${why}`);
  };
  const space = body.indexOf(0x20, offset);
  const lengthText = space < 0 ? "" : byteString(body.subarray(offset, space));
  const length = /^[+-]?\d+$/.test(lengthText) ? Number(lengthText) : NaN;
  if (!Number.isSafeInteger(length) || length < 5 || length > body.length - offset) {
    fail("bad length");
  }
  const end = offset + length;
  if (end <= space + 1 || body[end - 1] !== 0x0a) fail("not newline-terminated");
  const record = body.subarray(space + 1, end - 1);
  const equals = record.indexOf(0x3d);
  if (equals <= 0) fail("no key");
  const keyBytes = record.subarray(0, equals);
  const valueBytes = record.subarray(equals + 1);
  const key = byteString(keyBytes);
  if (keyBytes.includes(0) || (NAME_KEYS.has(key) && valueBytes.includes(0))) fail("NUL byte");
  return [key, byteString(valueBytes), end];
}

/** Bytes as a string of one UTF-16 unit per byte (a Go string's bytes, losslessly). */
export function byteString(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}

/** The bytes of a byte string (see byteString). */
export function bytesOf(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/** Decodes a file name as UTF-8; names in other encodings are refused rather than mangled. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new TarFormatError(`${what} is not valid UTF-8 (rbc supports UTF-8 file names only)`);
  }
}

/** Bytes up to the first NUL (Go's parseString). */
export function cString(bytes: Uint8Array): Uint8Array {
  const end = bytes.indexOf(0);
  return end < 0 ? bytes : bytes.subarray(0, end);
}

/**
 * A numeric field as Go's parseNumeric reads it: GNU base-256 when the high bit is set
 * (big-endian two's complement, so it may be negative), else octal between leading and
 * trailing spaces and NULs, cut at a NUL inside. Anything else fails the archive.
 */
export function readNumber(block: Uint8Array, offset: number, width: number): number {
  const field = block.subarray(offset, offset + width);
  const first = field[0] ?? 0;
  if ((first & 0x80) === 0) {
    const value = parseOctal(field);
    if (value === undefined) throw new TarFormatError(`bad octal field at byte ${offset}`);
    return value;
  }
  let value = BigInt(first & 0x7f) - ((first & 0x40) !== 0 ? 0x80n : 0n);
  for (const byte of field.subarray(1)) value = (value << 8n) | BigInt(byte);
  if (value < BigInt(Number.MIN_SAFE_INTEGER) || value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new TarFormatError(`numeric field at byte ${offset} is out of range`);
  }
  return Number(value);
}

function parseOctal(field: Uint8Array): number | undefined {
  let start = 0;
  let end = field.length;
  const pad = (byte: number | undefined): boolean => byte === 0x20 || byte === 0;
  while (start < end && pad(field[start])) start += 1;
  while (end > start && pad(field[end - 1])) end -= 1;
  if (start === end) return 0;
  const text = byteString(cString(field.subarray(start, end)));
  if (!/^[0-7]+$/.test(text)) return undefined;
  const value = parseInt(text, 8);
  return Number.isSafeInteger(value) ? value : undefined;
}

function joinBytes(prefix: Uint8Array, name: Uint8Array): Uint8Array {
  const out = new Uint8Array(prefix.length + 1 + name.length);
  out.set(prefix, 0);
  out[prefix.length] = 0x2f;
  out.set(name, prefix.length + 1);
  return out;
}
