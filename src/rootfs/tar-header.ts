import { TarFormatError } from "../errors/index.ts";

/**
 * Decoding of one 512-byte tar header block and of PAX extended-header records (POSIX.1-2001
 * pax format, ustar, and GNU's base-256 numbers). Pure: bytes in, fields out.
 */

export const BLOCK_SIZE = 512;

/** What the raw header says, before PAX records and GNU long names are applied. */
export interface RawHeader {
  readonly name: string;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  readonly mtime: number;
  /** The typeflag character; NUL (old tar) is reported as "0". */
  readonly typeflag: string;
  readonly linkname: string;
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
  verifyChecksum(block);
  // Only POSIX ustar ("ustar\0") has a name prefix; GNU tar ("ustar  ") keeps times there.
  const posix = latin1(block, 257, 6) === "ustar\0";
  const prefix = posix ? pathField(block, 345, 155) : "";
  const name = pathField(block, 0, 100);
  const typeflag = block[156] === 0 ? "0" : String.fromCharCode(block[156] ?? 0x30);
  return {
    name: prefix === "" ? name : `${prefix}/${name}`,
    mode: readNumber(block, 100, 8),
    uid: readNumber(block, 108, 8),
    gid: readNumber(block, 116, 8),
    size: readNumber(block, 124, 12),
    mtime: readNumber(block, 136, 12),
    typeflag,
    linkname: pathField(block, 157, 100),
    uname: looseUtf8.decode(field(block, 265, 32)),
    gname: looseUtf8.decode(field(block, 297, 32)),
    devmajor: readNumber(block, 329, 8),
    devminor: readNumber(block, 337, 8),
  };
}

/** PAX records: `<length> <key>=<value>\n`, the length counting the whole record in bytes. */
export function parsePaxRecords(body: Uint8Array): Record<string, string> {
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < body.length) {
    if (body[offset] === 0) break; // Some writers pad the body with NULs.
    const space = body.indexOf(0x20, offset);
    const length = space < 0 ? NaN : Number(latin1(body, offset, space - offset));
    if (!Number.isSafeInteger(length) || length <= space - offset + 1) {
      throw new TarFormatError(`bad PAX record length at byte ${offset}`);
    }
    const end = offset + length;
    if (end > body.length || body[end - 1] !== 0x0a) {
      throw new TarFormatError(`PAX record at byte ${offset} is not newline-terminated`);
    }
    const record = decodeUtf8(body.subarray(space + 1, end - 1), "PAX record");
    const equals = record.indexOf("=");
    if (equals <= 0) throw new TarFormatError(`PAX record without a key at byte ${offset}`);
    records[record.slice(0, equals)] = record.slice(equals + 1);
    offset = end;
  }
  return records;
}

/** A GNU `L`/`K` long name body: the name, NUL-terminated. */
export function decodeLongName(body: Uint8Array): string {
  const end = body.indexOf(0);
  return decodeUtf8(end < 0 ? body : body.subarray(0, end), "GNU long name");
}

/** Decodes a file name as UTF-8; names in other encodings are refused rather than mangled. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new TarFormatError(`${what} is not valid UTF-8 (rbc supports UTF-8 file names only)`);
  }
}

function verifyChecksum(block: Uint8Array): void {
  const stored = readNumber(block, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let index = 0; index < BLOCK_SIZE; index += 1) {
    const byte = index >= 148 && index < 156 ? 0x20 : (block[index] ?? 0);
    unsigned += byte;
    signed += byte >= 0x80 ? byte - 0x100 : byte;
  }
  // Historic writers summed signed chars; accept either.
  if (stored !== unsigned && stored !== signed) {
    throw new TarFormatError(`header checksum mismatch (not a tar archive, or corrupted)`);
  }
}

/** Octal (space/NUL padded) or GNU base-256 (high bit set, big-endian two's complement). */
export function readNumber(block: Uint8Array, offset: number, width: number): number {
  const first = block[offset] ?? 0;
  if ((first & 0x80) !== 0) {
    let value = BigInt(first & 0x7f) - ((first & 0x40) !== 0 ? 0x80n : 0n);
    for (let index = offset + 1; index < offset + width; index += 1) {
      value = (value << 8n) | BigInt(block[index] ?? 0);
    }
    if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new TarFormatError(`numeric field at byte ${offset} is out of range`);
    }
    return Number(value);
  }
  const text = latin1(block, offset, width).replace(/\0.*$/s, "").trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarFormatError(`bad octal field ${JSON.stringify(text)}`);
  return parseInt(text, 8);
}

function field(block: Uint8Array, offset: number, width: number): Uint8Array {
  const bytes = block.subarray(offset, offset + width);
  const end = bytes.indexOf(0);
  return end < 0 ? bytes : bytes.subarray(0, end);
}

function pathField(block: Uint8Array, offset: number, width: number): string {
  return decodeUtf8(field(block, offset, width), "file name");
}

function latin1(bytes: Uint8Array, offset: number, length: number): string {
  let text = "";
  for (let index = offset; index < offset + length; index += 1) {
    text += String.fromCharCode(bytes[index] ?? 0);
  }
  return text;
}
