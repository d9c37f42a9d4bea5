import { createHash } from "node:crypto";
import { createTar } from "../../scripts/images/tar-writer.ts";
import type { ImageArchive } from "../../scripts/images/image-archive.ts";

/**
 * Tar archives built byte by byte, for layers no well-behaved writer produces: any typeflag,
 * magic, numeric encoding or checksum, PAX global headers, GNU long names, missing or broken
 * end-of-archive blocks. `rawImageArchive` wraps such layers in a `docker save` archive that
 * `docker load` accepts (when the engine accepts the layers).
 */

const BLOCK = 512;

/** A numeric field: a number (octal, zero-padded, NUL-terminated) or its exact bytes. */
export type RawNumber = number | Buffer;

export interface RawHeaderFields {
  readonly name: string | Buffer;
  /** Typeflag character; "\0" for old tar. Default "0". */
  readonly typeflag?: string;
  readonly mode?: RawNumber;
  readonly uid?: RawNumber;
  readonly gid?: RawNumber;
  /** Default: the data length given to rawEntry, else 0. */
  readonly size?: RawNumber;
  readonly mtime?: RawNumber;
  readonly linkname?: string;
  /** Default "ustar" ("ustar\0" "00"); "gnu" is "ustar " " \0"; "v7" leaves it empty. */
  readonly magic?: "ustar" | "gnu" | "v7";
  readonly uname?: string;
  readonly gname?: string;
  readonly devmajor?: RawNumber;
  readonly devminor?: RawNumber;
  /** Bytes 345.. (ustar prefix; GNU access and change times). */
  readonly prefix?: string | Buffer;
  /** "unsigned" (default), "signed" (historic writers) or "bad". */
  readonly checksum?: "unsigned" | "signed" | "bad";
}

export function rawHeader(fields: RawHeaderFields, dataLength = 0): Buffer {
  const header = Buffer.alloc(BLOCK);
  put(header, 0, 100, fields.name);
  putNumber(header, 100, 8, fields.mode ?? 0o644);
  putNumber(header, 108, 8, fields.uid ?? 0);
  putNumber(header, 116, 8, fields.gid ?? 0);
  putNumber(header, 124, 12, fields.size ?? dataLength);
  putNumber(header, 136, 12, fields.mtime ?? 1_704_067_200);
  header.write(fields.typeflag ?? "0", 156, 1, "latin1");
  put(header, 157, 100, fields.linkname ?? "");
  const magic = fields.magic ?? "ustar";
  if (magic !== "v7") header.write(magic === "gnu" ? "ustar  \0" : "ustar\u000000", 257, "latin1");
  put(header, 265, 32, fields.uname ?? "");
  put(header, 297, 32, fields.gname ?? "");
  if (fields.devmajor !== undefined) putNumber(header, 329, 8, fields.devmajor);
  if (fields.devminor !== undefined) putNumber(header, 337, 8, fields.devminor);
  put(header, 345, 155, fields.prefix ?? "");
  header.fill(0x20, 148, 156);
  let unsigned = 0;
  let signed = 0;
  for (const byte of header) {
    unsigned += byte;
    signed += byte >= 0x80 ? byte - 0x100 : byte;
  }
  const sums = { unsigned, signed, bad: unsigned + 1 };
  const sum = sums[fields.checksum ?? "unsigned"];
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "latin1");
  return header;
}

/** A header and its data, padded to whole blocks. */
export function rawEntry(fields: RawHeaderFields, data: string | Buffer = ""): Buffer {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  return Buffer.concat([rawHeader(fields, bytes.length), padded(bytes)]);
}

/**
 * A PAX extended header: `x` (next entry) or `g` (global), records in the order given, each a
 * key and value (strings are written as UTF-8, buffers as they are) or a record's exact bytes.
 */
export function paxEntry(
  typeflag: "x" | "g",
  records: readonly (readonly [string | Buffer, string | Buffer] | Buffer)[],
  fields: Partial<RawHeaderFields> = {},
): Buffer {
  const body = Buffer.concat(
    records.map((record) => (Buffer.isBuffer(record) ? record : paxRecord(...record))),
  );
  return rawEntry({ name: `PaxHeaders/${typeflag}`, ...fields, typeflag }, body);
}

/** A GNU long name (`L`) or long link name (`K`) entry, NUL-terminated as GNU tar writes it. */
export function gnuLongEntry(typeflag: "L" | "K", value: string): Buffer {
  return rawEntry({ name: "././@LongLink", typeflag, magic: "gnu" }, `${value}\0`);
}

/**
 * `<length> <key>=<value>\n`, the length counting the whole record; `lengthError` is added to the
 * length written, for records whose length field is wrong.
 */
export function paxRecord(key: string | Buffer, value: string | Buffer, lengthError = 0): Buffer {
  const payload = Buffer.concat([
    Buffer.from(" "),
    Buffer.from(key),
    Buffer.from("="),
    Buffer.from(value),
    Buffer.from("\n"),
  ]);
  let length = payload.length + 1;
  while (String(length).length + payload.length !== length) {
    length = String(length).length + payload.length;
  }
  return Buffer.concat([Buffer.from(String(length + lengthError)), payload]);
}

/** The two zero blocks that end an archive. */
export const END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK);

export function padded(data: Buffer): Buffer {
  const rest = data.length % BLOCK;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(BLOCK - rest)]);
}

/** Base-256 (GNU binary) encoding of a non-negative number in `width` bytes. */
export function base256(value: number | bigint, width: number): Buffer {
  const out = Buffer.alloc(width);
  let rest = BigInt(value);
  for (let index = width - 1; index >= 0; index -= 1) {
    out[index] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  out[0] = (out[0] ?? 0) | 0x80;
  return out;
}

/** A `docker save` archive of an image whose layer tars are the given bytes, as they are. */
export function rawImageArchive(repoTag: string, layers: readonly Buffer[]): ImageArchive {
  const diffIds = layers.map((layer) => sha256(layer));
  const config = Buffer.from(
    JSON.stringify({
      architecture: "amd64",
      config: { Cmd: ["/x"] },
      created: "2024-01-01T00:00:00Z",
      history: layers.map(() => ({ created: "2024-01-01T00:00:00Z", created_by: "raw" })),
      os: "linux",
      rootfs: { type: "layers", diff_ids: diffIds.map((hex) => `sha256:${hex}`) },
    }),
  );
  const configHex = sha256(config);
  const manifest = [
    {
      Config: `${configHex}.json`,
      RepoTags: [repoTag],
      Layers: diffIds.map((h) => `${h}/layer.tar`),
    },
  ];
  const layerEntries = [...new Set(diffIds)].flatMap((hex) => [
    { type: "dir" as const, path: `${hex}/` },
    { type: "file" as const, path: `${hex}/layer.tar`, data: layers[diffIds.indexOf(hex)] ?? "" },
  ]);
  const bytes = createTar([
    { type: "file", path: `${configHex}.json`, data: config },
    ...layerEntries,
    { type: "file", path: "manifest.json", data: JSON.stringify(manifest) },
  ]);
  return { id: `sha256:${configHex}`, bytes };
}

function sha256(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function put(header: Buffer, offset: number, width: number, value: string | Buffer): void {
  const bytes = typeof value === "string" ? Buffer.from(value, "utf8") : value;
  bytes.copy(header, offset, 0, Math.min(width, bytes.length));
}

function putNumber(header: Buffer, offset: number, width: number, value: RawNumber): void {
  if (typeof value !== "number") {
    put(header, offset, width, value);
    return;
  }
  header.write(`${value.toString(8).padStart(width - 1, "0")}\0`, offset, width, "latin1");
}
