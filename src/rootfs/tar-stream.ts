import { ByteReader } from "./byte-reader.ts";
import {
  BLOCK_SIZE,
  bytesOf,
  cString,
  decodeHeader,
  decodeUtf8,
  isZeroBlock,
  parsePaxRecords,
  type RawHeader,
} from "./tar-header.ts";
import { TarFormatError } from "../errors/index.ts";

/**
 * A streaming tar reader that reads what Go's `archive/tar` Reader reads, since Docker applies
 * image layers with it (moby pkg/archive); a layer must mean to rbc what it means to a container.
 * Go's rules, kept here on purpose:
 * - A PAX `x` header applies to the next entry only; a second `x` replaces the first. A PAX
 *   global `g` header applies to nothing: Go returns it as an entry of its own (type `global`
 *   here), which Docker's applier skips, and it drops the `x`, `L` and `K` headers pending before
 *   it. Its name still counts among the layer's names (see scan-layer.ts).
 * - A PAX record with an empty value keeps the header's field. GNU `L`/`K` long names win over
 *   PAX `path`/`linkpath`, which win over the header (prefix + name for ustar).
 * - Header-only types (links, devices, directories, FIFOs) have no data, whatever their size
 *   field says: the next header follows at once.
 * - A NUL typeflag is a directory when the name ends in `/`, else a regular file; `0` is always
 *   a regular file.
 * - The archive ends at two zero blocks, at a clean end of input between entries, or inside the
 *   padding after an entry's data. A zero block followed by anything else, a partial header or
 *   data cut short is an error.
 * Each entry's body is an async iterable over the archive's own chunks; a body the caller leaves
 * unread is skipped when it asks for the next entry, so memory stays bounded by the chunk size.
 */

export type TarEntryType =
  | "file"
  | "hardlink"
  | "symlink"
  | "char"
  | "block"
  | "dir"
  | "fifo"
  /** A PAX global header (`g`): metadata for no entry; Docker skips it. */
  | "global"
  /** Anything else (contiguous `7`, GNU sparse `S`, volume label `V`, ...): see `typeflag`. */
  | "other";

export interface TarHeader {
  /**
   * The entry name exactly as archived (GNU long name, PAX `path`, or prefix + name). A global
   * header's is its own `path` record, else its header's name, as Go reports it.
   */
  readonly path: string;
  readonly type: TarEntryType;
  /** The typeflag character, a NUL read as "0" (file) or "5" (directory, trailing slash). */
  readonly typeflag: string;
  /** Permission and set-id/sticky bits only (0o7777). */
  readonly mode: number;
  /** As archived; may be negative or beyond 32 bits (base-256, PAX): see scan-layer.ts. */
  readonly uid: number;
  readonly gid: number;
  /** Body size in bytes: 0 for header-only types whatever the header says. */
  readonly size: number;
  /** Seconds since the epoch; PAX may give a fraction. */
  readonly mtime: number;
  /** Symlink text or hard-link target name. */
  readonly linkpath: string;
  readonly uname: string;
  readonly gname: string;
  readonly devmajor: number;
  readonly devminor: number;
  /**
   * The PAX `x` records of this entry, as archived (never global `g` ones): keys and values are
   * byte strings, one UTF-16 unit per byte, since xattr names and values may be any bytes.
   */
  readonly pax: Readonly<Record<string, string>>;
  /** A GNU sparse file (old GNU `S`, or PAX sparse 0.0, 0.1 or 1.0 as Go recognizes them). */
  readonly sparse: boolean;
}

export interface TarStreamEntry {
  readonly header: TarHeader;
  /** The entry's data. Read it before asking for the next entry, or it is skipped. */
  readonly body: AsyncIterable<Uint8Array>;
}

export interface ReadTarOptions {
  /** Largest PAX or GNU long-name body accepted (default 1 MiB, as Go): hostile archives stay bounded. */
  readonly maxMetadataSize?: number;
}

/** PAX `x` records, GNU long name and long link waiting for the next entry. */
interface Pending {
  readonly pax: Readonly<Record<string, string>>;
  readonly longName: string;
  readonly longLink: string;
}

const NOTHING_PENDING: Pending = { pax: {}, longName: "", longLink: "" };

const TYPES: Readonly<Record<string, TarEntryType>> = {
  "0": "file",
  "1": "hardlink",
  "2": "symlink",
  "3": "char",
  "4": "block",
  "5": "dir",
  "6": "fifo",
};

const HEADER_ONLY = new Set(["1", "2", "3", "4", "5", "6"]);

/** Largest slice handed to the consumer at once. */
const MAX_SLICE = 1 << 20;

/** Entries of a tar archive, in archive order, stopping where Go's reader stops. */
export async function* readTarStream(
  source: AsyncIterable<Uint8Array>,
  options: ReadTarOptions = {},
): AsyncGenerator<TarStreamEntry, void, undefined> {
  const reader = new ByteReader(source);
  try {
    const maxMetadata = options.maxMetadataSize ?? MAX_SLICE;
    let pending = NOTHING_PENDING;
    for (;;) {
      const block = await readHeaderBlock(reader);
      if (block === undefined) break;
      const raw = decodeHeader(block);
      if (isMetadata(raw.typeflag)) {
        const bytes = await readMetadata(reader, dataSize(raw.typeflag, raw.size), maxMetadata);
        const atEnd = !(await reader.skipAtMost(padding(bytes.length)));
        if (raw.typeflag !== "g") {
          pending = withMetadata(pending, raw.typeflag, bytes);
          if (atEnd) break;
          continue;
        }
        pending = NOTHING_PENDING;
        yield { header: globalHeader(raw, parsePaxRecords(bytes)), body: new EntryBody(reader, 0) };
        if (atEnd) break;
        continue;
      }
      const header = buildHeader(raw, pending);
      pending = NOTHING_PENDING;
      if (raw.typeflag === "S") await skipSparseExtensions(reader, block, raw);
      const body = new EntryBody(reader, header.size);
      yield { header, body };
      body.close();
      await reader.skip(body.remaining);
      if (!(await reader.skipAtMost(padding(header.size)))) break;
    }
    // Read what follows the end of the archive too, so the source ends normally.
    await reader.drain();
  } finally {
    await reader.close();
  }
}

/** The next header block; undefined at the end of the archive. */
async function readHeaderBlock(reader: ByteReader): Promise<Uint8Array | undefined> {
  const block = await reader.readExact(BLOCK_SIZE);
  if (block === undefined || !isZeroBlock(block)) return block;
  const second = await reader.readExact(BLOCK_SIZE);
  if (second === undefined || isZeroBlock(second)) return undefined;
  throw new TarFormatError("a zero block is followed by a header, not by a second zero block");
}

function isMetadata(typeflag: string): boolean {
  return typeflag === "x" || typeflag === "g" || typeflag === "L" || typeflag === "K";
}

/** Bytes of data that follow a header: none for header-only types. */
function dataSize(typeflag: string, size: number): number {
  if (HEADER_ONLY.has(typeflag)) return 0;
  if (size < 0) throw new TarFormatError(`negative entry size ${size}`);
  return size;
}

async function readMetadata(reader: ByteReader, size: number, max: number): Promise<Uint8Array> {
  if (size > max) throw new TarFormatError(`metadata entry of ${size} bytes`);
  const bytes = await reader.readExact(size);
  if (bytes === undefined && size > 0) throw new TarFormatError("archive ends inside metadata");
  return bytes ?? new Uint8Array(0);
}

function withMetadata(pending: Pending, typeflag: string, bytes: Uint8Array): Pending {
  switch (typeflag) {
    case "x":
      return { ...pending, pax: parsePaxRecords(bytes) };
    case "L":
      return { ...pending, longName: decodeUtf8(cString(bytes), "GNU long name") };
    default:
      return { ...pending, longLink: decodeUtf8(cString(bytes), "GNU long link name") };
  }
}

function padding(size: number): number {
  return (BLOCK_SIZE - (size % BLOCK_SIZE)) % BLOCK_SIZE;
}

function buildHeader(raw: RawHeader, pending: Pending): TarHeader {
  const { pax } = pending;
  const given = (key: string): string | undefined => (pax[key] === "" ? undefined : pax[key]);
  const name = (key: string): string | undefined => paxName(given(key), key);
  let path = pending.longName || name("path") || decodeUtf8(raw.name, "file name");
  const linkpath = pending.longLink || name("linkpath") || decodeUtf8(raw.linkname, "link name");
  const typeflag = raw.typeflag === "\0" ? (path.endsWith("/") ? "5" : "0") : raw.typeflag;
  const sparse = typeflag === "S" || isPaxSparse(pax);
  if (sparse) path = name("GNU.sparse.name") ?? path;
  for (const key of ["atime", "ctime"]) paxTime(given(key), key);
  const size = paxInteger(given("size"), "size") ?? raw.size;
  return {
    path,
    type: TYPES[typeflag] ?? "other",
    typeflag,
    mode: raw.mode & 0o7777,
    uid: paxInteger(given("uid"), "uid") ?? raw.uid,
    gid: paxInteger(given("gid"), "gid") ?? raw.gid,
    size: dataSize(typeflag, size),
    mtime: paxTime(given("mtime"), "mtime") ?? raw.mtime,
    linkpath,
    uname: paxText(given("uname")) ?? raw.uname,
    gname: paxText(given("gname")) ?? raw.gname,
    devmajor: raw.devmajor,
    devminor: raw.devminor,
    pax,
    sparse,
  };
}

/**
 * A global header as Go returns it: its own `path` record (if not empty) names it; the record
 * values are not checked, since Go ignores what merging them into this header would fail on.
 */
function globalHeader(raw: RawHeader, pax: Readonly<Record<string, string>>): TarHeader {
  return {
    path: paxName(pax["path"] || undefined, "path") ?? decodeUtf8(raw.name, "file name"),
    type: "global",
    typeflag: "g",
    mode: raw.mode & 0o7777,
    uid: raw.uid,
    gid: raw.gid,
    size: 0,
    mtime: raw.mtime,
    linkpath: "",
    uname: raw.uname,
    gname: raw.gname,
    devmajor: raw.devmajor,
    devminor: raw.devminor,
    pax,
    sparse: false,
  };
}

/** A file name from a PAX record (a byte string): UTF-8, or refused, as header names are. */
function paxName(value: string | undefined, key: string): string | undefined {
  return value === undefined ? undefined : decodeUtf8(bytesOf(value), `PAX ${key} record`);
}

const looseUtf8 = new TextDecoder("utf-8");

/** An owner name from a PAX record, decoded as header owner names are (never refused). */
function paxText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : looseUtf8.decode(bytesOf(value));
}

/** Go's readGNUSparsePAXHeaders: which records make a PAX GNU sparse file. */
function isPaxSparse(pax: Readonly<Record<string, string>>): boolean {
  const major = pax["GNU.sparse.major"] ?? "";
  const minor = pax["GNU.sparse.minor"] ?? "";
  if (major === "0" && (minor === "0" || minor === "1")) return true;
  if (major === "1" && minor === "0") return true;
  if (major !== "" || minor !== "") return false;
  return (pax["GNU.sparse.map"] ?? "") !== "";
}

/** A decimal integer as Go's strconv.ParseInt reads it (sign allowed). */
function paxInteger(value: string | undefined, key: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^[+-]?\d+$/.test(value) || !Number.isSafeInteger(number)) {
    throw new TarFormatError(`PAX ${key} ${JSON.stringify(value)} is not a valid number`);
  }
  return number;
}

/** Seconds with an optional decimal fraction, as Go's parsePAXTime reads them. */
function paxTime(value: string | undefined, key: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^[+-]?\d+(\.\d*)?$/.test(value) || !Number.isFinite(number)) {
    throw new TarFormatError(`PAX ${key} ${JSON.stringify(value)} is not a valid time`);
  }
  return number;
}

/** Old GNU sparse headers may continue in extension blocks (flag at byte 482, then 504). */
async function skipSparseExtensions(
  reader: ByteReader,
  block: Uint8Array,
  raw: RawHeader,
): Promise<void> {
  if (raw.format !== "gnu") throw new TarFormatError("GNU sparse entry in a non-GNU header");
  let extended = block[482] !== 0;
  while (extended) {
    const extension = await reader.readExact(BLOCK_SIZE);
    if (extension === undefined) throw new TarFormatError("archive ends inside a sparse map");
    extended = extension[504] !== 0;
  }
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
