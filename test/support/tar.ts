/**
 * Tar helpers for tests: the project's writer (to build hostile layers and images) and a small
 * reader (to look inside archives the tests or the engine produce). The reader understands
 * ustar, PAX `x` headers (global `g` headers are skipped), GNU long names (`L`/`K`) and
 * base-256 numbers.
 */
export { createTar } from "../../scripts/images/tar-writer.ts";
export type { TarEntry, TarOptions } from "../../scripts/images/tar-writer.ts";
export {
  FIXED_MTIME,
  createImageArchive,
  sortEntries,
} from "../../scripts/images/image-archive.ts";
export type {
  ImageArchive,
  ImageArchiveInput,
  ImageLayer,
} from "../../scripts/images/image-archive.ts";

const BLOCK = 512;

export interface TarHeader {
  readonly path: string;
  /** The raw typeflag, e.g. "0" file, "1" hard link, "2" symlink, "5" directory. */
  readonly typeflag: string;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  readonly mtime: number;
  readonly linkpath: string;
  readonly uname: string;
  readonly gname: string;
  readonly devmajor: number;
  readonly devminor: number;
  /** PAX records that applied to this entry. */
  readonly pax: Readonly<Record<string, string>>;
  readonly data: Buffer;
}

/** Lists an archive's entries in order, with their data. */
export function readTar(archive: Uint8Array): TarHeader[] {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const entries: TarHeader[] = [];
  let pax: Record<string, string> = {};
  let offset = 0;
  while (offset + BLOCK <= bytes.length) {
    const header = bytes.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = readNumber(header, 124, 12);
    const typeflag = String.fromCharCode(header[156] ?? 0x30);
    const data = bytes.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (typeflag === "x") {
      pax = { ...pax, ...parsePax(data) };
    } else if (typeflag === "L" || typeflag === "K") {
      pax[typeflag === "L" ? "path" : "linkpath"] = readString(data, 0, data.length);
    } else if (typeflag !== "g") {
      entries.push(decodeHeader(header, typeflag, data, pax));
      pax = {};
    }
  }
  return entries;
}

function decodeHeader(
  header: Buffer,
  typeflag: string,
  data: Buffer,
  pax: Readonly<Record<string, string>>,
): TarHeader {
  const prefix = readString(header, 345, 155);
  const name = readString(header, 0, 100);
  const numberOr = (key: string, fallback: number): number =>
    pax[key] === undefined ? fallback : Number(pax[key]);
  const size = numberOr("size", readNumber(header, 124, 12));
  return {
    path: pax["path"] ?? (prefix === "" ? name : `${prefix}/${name}`),
    typeflag: typeflag === "\0" ? "0" : typeflag,
    mode: readNumber(header, 100, 8),
    uid: numberOr("uid", readNumber(header, 108, 8)),
    gid: numberOr("gid", readNumber(header, 116, 8)),
    size,
    mtime: numberOr("mtime", readNumber(header, 136, 12)),
    linkpath: pax["linkpath"] ?? readString(header, 157, 100),
    uname: pax["uname"] ?? readString(header, 265, 32),
    gname: pax["gname"] ?? readString(header, 297, 32),
    devmajor: readNumber(header, 329, 8),
    devminor: readNumber(header, 337, 8),
    pax,
    data: Buffer.from(data.subarray(0, size)),
  };
}

function parsePax(body: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset);
    const length = Number(body.toString("ascii", offset, space));
    if (space < 0 || !Number.isInteger(length) || length <= 0) break;
    const record = body.toString("utf8", space + 1, offset + length - 1);
    const equals = record.indexOf("=");
    records[record.slice(0, equals)] = record.slice(equals + 1);
    offset += length;
  }
  return records;
}

function readString(header: Buffer, offset: number, width: number): string {
  const field = header.subarray(offset, offset + width);
  const end = field.indexOf(0);
  return field.toString("utf8", 0, end < 0 ? width : end);
}

function readNumber(header: Buffer, offset: number, width: number): number {
  const first = header[offset] ?? 0;
  if ((first & 0x80) !== 0) {
    // GNU base-256: big-endian two's complement with the marker bit cleared.
    let value = BigInt(first & 0x7f) - ((first & 0x40) !== 0 ? 0x80n : 0n);
    for (let index = offset + 1; index < offset + width; index += 1) {
      value = (value << 8n) | BigInt(header[index] ?? 0);
    }
    return Number(value);
  }
  const text = header.toString("latin1", offset, offset + width).replace(/[\0 ]+$/, "");
  return text.trim() === "" ? 0 : parseInt(text.trim(), 8);
}
