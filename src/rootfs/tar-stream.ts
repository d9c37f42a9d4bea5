import { ByteReader } from "./byte-reader.ts";
import {
  BLOCK_SIZE,
  decodeHeader,
  decodeLongName,
  isZeroBlock,
  parsePaxRecords,
  type RawHeader,
} from "./tar-header.ts";
import { TarFormatError } from "../errors/index.ts";

/**
 * A streaming tar reader: ustar, PAX `x`/`g` extended headers, GNU `L`/`K` long names and
 * base-256 numbers. Each entry's body is an async iterable over the archive's own chunks; a body
 * the caller leaves unread is skipped when it asks for the next entry, so memory stays bounded
 * by the chunk size whatever the file sizes are.
 */

export type TarEntryType =
  | "file"
  | "hardlink"
  | "symlink"
  | "char"
  | "block"
  | "dir"
  | "fifo"
  /** Anything else (GNU sparse `S`, volume label `V`, ...): see `typeflag`. */
  | "other";

export interface TarHeader {
  /** The entry name exactly as archived (PAX `path`, GNU long name, or prefix + name). */
  readonly path: string;
  readonly type: TarEntryType;
  /** The raw typeflag character ("0" for NUL). */
  readonly typeflag: string;
  /** Permission and set-id/sticky bits only (0o7777). */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Body size in bytes. */
  readonly size: number;
  /** Seconds since the epoch; PAX may give a fraction. */
  readonly mtime: number;
  /** Symlink text or hard-link target name. */
  readonly linkpath: string;
  readonly uname: string;
  readonly gname: string;
  readonly devmajor: number;
  readonly devminor: number;
  /** Every PAX record in force for this entry (global `g` ones overridden by its `x` ones). */
  readonly pax: Readonly<Record<string, string>>;
}

export interface TarStreamEntry {
  readonly header: TarHeader;
  /** The entry's data. Read it before asking for the next entry, or it is skipped. */
  readonly body: AsyncIterable<Uint8Array>;
}

export interface ReadTarOptions {
  /** Largest PAX or GNU long-name body accepted (default 1 MiB): hostile archives stay bounded. */
  readonly maxMetadataSize?: number;
}

const TYPES: Readonly<Record<string, TarEntryType>> = {
  "0": "file",
  "7": "file",
  "1": "hardlink",
  "2": "symlink",
  "3": "char",
  "4": "block",
  "5": "dir",
  "6": "fifo",
};

/** Largest slice handed to the consumer at once. */
const MAX_SLICE = 1 << 20;

/** Entries of a tar archive, in archive order, stopping at the end-of-archive blocks. */
export async function* readTarStream(
  source: AsyncIterable<Uint8Array>,
  options: ReadTarOptions = {},
): AsyncGenerator<TarStreamEntry, void, undefined> {
  const reader = new ByteReader(source);
  try {
    const maxMetadata = options.maxMetadataSize ?? MAX_SLICE;
    let globalPax: Record<string, string> = {};
    let localPax: Record<string, string> = {};
    for (;;) {
      const block = await reader.readExact(BLOCK_SIZE);
      if (block === undefined || isZeroBlock(block)) {
        // Read the padding after the end-of-archive blocks too, so the source ends normally.
        await reader.drain();
        return;
      }
      const raw = decodeHeader(block);
      if (isMetadata(raw.typeflag)) {
        const size = raw.size;
        if (size > maxMetadata) throw new TarFormatError(`metadata entry of ${size} bytes`);
        const bytes = (await reader.readExact(size)) ?? new Uint8Array(0);
        await reader.skip(padding(size));
        if (raw.typeflag === "g") globalPax = { ...globalPax, ...parsePaxRecords(bytes) };
        else if (raw.typeflag === "x") localPax = { ...localPax, ...parsePaxRecords(bytes) };
        else localPax[raw.typeflag === "L" ? "path" : "linkpath"] = decodeLongName(bytes);
        continue;
      }
      const pax = { ...globalPax, ...localPax };
      const size = paxSize(pax) ?? raw.size;
      const body = new EntryBody(reader, size);
      yield { header: buildHeader(raw, size, pax), body };
      localPax = {};
      body.close();
      await reader.skip(body.remaining + padding(size));
    }
  } finally {
    await reader.close();
  }
}

function isMetadata(typeflag: string): boolean {
  return typeflag === "x" || typeflag === "g" || typeflag === "L" || typeflag === "K";
}

function padding(size: number): number {
  return (BLOCK_SIZE - (size % BLOCK_SIZE)) % BLOCK_SIZE;
}

function paxSize(pax: Readonly<Record<string, string>>): number | undefined {
  return pax["size"] === undefined ? undefined : paxInteger(pax["size"], "size");
}

function paxInteger(value: string, key: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) {
    throw new TarFormatError(`PAX ${key} ${JSON.stringify(value)} is not a valid number`);
  }
  return number;
}

function buildHeader(
  raw: RawHeader,
  size: number,
  pax: Readonly<Record<string, string>>,
): TarHeader {
  const path = pax["path"] ?? raw.name;
  // Pre-POSIX archives mark directories by a trailing slash on a regular-file typeflag.
  const type =
    raw.typeflag === "0" && path.endsWith("/") ? "dir" : (TYPES[raw.typeflag] ?? "other");
  const mtime = pax["mtime"] === undefined ? raw.mtime : Number(pax["mtime"]);
  if (!Number.isFinite(mtime)) throw new TarFormatError(`bad PAX mtime for ${path}`);
  return {
    path,
    type,
    typeflag: raw.typeflag,
    mode: raw.mode & 0o7777,
    uid: pax["uid"] === undefined ? raw.uid : paxInteger(pax["uid"], "uid"),
    gid: pax["gid"] === undefined ? raw.gid : paxInteger(pax["gid"], "gid"),
    size,
    mtime,
    linkpath: pax["linkpath"] ?? raw.linkname,
    uname: pax["uname"] ?? raw.uname,
    gname: pax["gname"] ?? raw.gname,
    devmajor: raw.devmajor,
    devminor: raw.devminor,
    pax,
  };
}

/** One entry's data, read straight from the archive stream. */
class EntryBody implements AsyncIterable<Uint8Array> {
  readonly #reader: ByteReader;
  #remaining: number;
  #closed = false;

  constructor(reader: ByteReader, size: number) {
    this.#reader = reader;
    this.#remaining = size;
  }

  get remaining(): number {
    return this.#remaining;
  }

  close(): void {
    this.#closed = true;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array, void, undefined> {
    while (this.#remaining > 0) {
      if (this.#closed) throw new Error("tar entry body read after moving to the next entry");
      const chunk = await this.#reader.readUpTo(Math.min(this.#remaining, MAX_SLICE));
      if (chunk === undefined) throw new TarFormatError("archive ends inside an entry's data");
      this.#remaining -= chunk.length;
      yield chunk;
    }
  }
}
