/**
 * A small, deterministic ustar writer with PAX extended headers (POSIX.1-2001 pax format).
 *
 * Entries are written in the order given, with exactly the metadata given: nothing is read from
 * the host, so the same entries always give the same bytes. Tests reuse it to build hostile
 * layers, so it accepts any mode, owner, path or link target, and it never sorts or validates.
 * Fields that do not fit ustar go into a PAX `x` header (path, linkpath, uid, gid, size, mtime,
 * uname, gname); device numbers that do not fit use the GNU base-256 encoding.
 */

const BLOCK = 512;

interface TarEntryBase {
  /** Path inside the archive, e.g. `bin/busybox`; directories get a trailing `/` if missing. */
  readonly path: string;
  /** Permission and special bits (e.g. 0o4755); defaults: 0o755 dirs, 0o777 symlinks, else 0o644. */
  readonly mode?: number;
  readonly uid?: number;
  readonly gid?: number;
  readonly uname?: string;
  readonly gname?: string;
  /** Seconds since the epoch; defaults to the writer's `mtime`. */
  readonly mtime?: number;
  /** Extra PAX records, e.g. `{ "SCHILY.xattr.user.k": "v" }`, written in key order. */
  readonly pax?: Readonly<Record<string, string>>;
}

export type TarEntry =
  | (TarEntryBase & { readonly type: "file"; readonly data: Uint8Array | string })
  | (TarEntryBase & { readonly type: "dir" })
  | (TarEntryBase & { readonly type: "symlink"; readonly target: string })
  | (TarEntryBase & { readonly type: "hardlink"; readonly target: string })
  | (TarEntryBase & {
      readonly type: "char" | "block";
      readonly devmajor: number;
      readonly devminor: number;
    })
  | (TarEntryBase & { readonly type: "fifo" });

export interface TarOptions {
  /** Default mtime (seconds) for entries without one; 0 unless given. */
  readonly mtime?: number;
}

const TYPEFLAGS: Readonly<Record<TarEntry["type"], string>> = {
  file: "0",
  hardlink: "1",
  symlink: "2",
  char: "3",
  block: "4",
  dir: "5",
  fifo: "6",
};

const DEFAULT_MODES: Readonly<Record<TarEntry["type"], number>> = {
  file: 0o644,
  hardlink: 0o644,
  symlink: 0o777,
  char: 0o644,
  block: 0o644,
  dir: 0o755,
  fifo: 0o644,
};

/** Serialises entries into a complete tar archive (ending with two zero blocks). */
export function createTar(entries: readonly TarEntry[], options: TarOptions = {}): Buffer {
  const chunks: Buffer[] = [];
  for (const entry of entries) {
    chunks.push(...encodeEntry(entry, options.mtime ?? 0));
  }
  chunks.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(chunks);
}

interface HeaderFields {
  name: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  typeflag: string;
  linkname: string;
  uname: string;
  gname: string;
  devmajor: number;
  devminor: number;
}

function encodeEntry(entry: TarEntry, defaultMtime: number): Buffer[] {
  const data = entry.type === "file" ? toBytes(entry.data) : Buffer.alloc(0);
  const name = entry.type === "dir" && !entry.path.endsWith("/") ? `${entry.path}/` : entry.path;
  const fields: HeaderFields = {
    name,
    mode: entry.mode ?? DEFAULT_MODES[entry.type],
    uid: entry.uid ?? 0,
    gid: entry.gid ?? 0,
    size: data.length,
    mtime: entry.mtime ?? defaultMtime,
    typeflag: TYPEFLAGS[entry.type],
    linkname: entry.type === "symlink" || entry.type === "hardlink" ? entry.target : "",
    uname: entry.uname ?? "",
    gname: entry.gname ?? "",
    devmajor: entry.type === "char" || entry.type === "block" ? entry.devmajor : 0,
    devminor: entry.type === "char" || entry.type === "block" ? entry.devminor : 0,
  };
  const records = paxRecordsFor(fields, entry.pax ?? {});
  const out: Buffer[] = [];
  if (records.size > 0) {
    const body = encodePaxBody(records);
    const paxName = `PaxHeaders.0/${basename(name)}`;
    out.push(
      encodeHeader({
        ...fields,
        name: paxName,
        mode: 0o644,
        uid: 0,
        gid: 0,
        size: body.length,
        typeflag: "x",
        linkname: "",
        uname: "",
        gname: "",
        devmajor: 0,
        devminor: 0,
        mtime: clampOctal(fields.mtime, 12),
      }),
      padToBlock(body),
    );
  }
  out.push(encodeHeader(fields));
  if (data.length > 0) out.push(padToBlock(data));
  return out;
}

/** Collects the PAX records needed for fields ustar cannot hold, then the caller's extras. */
function paxRecordsFor(
  fields: HeaderFields,
  extra: Readonly<Record<string, string>>,
): Map<string, string> {
  const records = new Map<string, string>();
  if (!fitsString(fields.name, 100)) records.set("path", fields.name);
  if (!fitsString(fields.linkname, 100)) records.set("linkpath", fields.linkname);
  if (!fitsString(fields.uname, 32)) records.set("uname", fields.uname);
  if (!fitsString(fields.gname, 32)) records.set("gname", fields.gname);
  if (!fitsOctal(fields.uid, 8)) records.set("uid", String(fields.uid));
  if (!fitsOctal(fields.gid, 8)) records.set("gid", String(fields.gid));
  if (!fitsOctal(fields.size, 12)) records.set("size", String(fields.size));
  if (!fitsOctal(fields.mtime, 12)) records.set("mtime", String(fields.mtime));
  for (const key of Object.keys(extra).sort()) {
    records.set(key, extra[key] ?? "");
  }
  return records;
}

/** Each record is `<len> <key>=<value>\n`, where `<len>` counts the whole record in bytes. */
function encodePaxBody(records: ReadonlyMap<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const [key, value] of records) {
    const payload = Buffer.from(` ${key}=${value}\n`, "utf8");
    let length = payload.length + 1;
    while (String(length).length + payload.length !== length) {
      length = String(length).length + payload.length;
    }
    parts.push(Buffer.from(String(length), "ascii"), payload);
  }
  return Buffer.concat(parts);
}

function encodeHeader(fields: HeaderFields): Buffer {
  const header = Buffer.alloc(BLOCK);
  writeString(header, 0, 100, fields.name);
  writeNumber(header, 100, 8, fields.mode);
  writeOctal(header, 108, 8, clampOctal(fields.uid, 8));
  writeOctal(header, 116, 8, clampOctal(fields.gid, 8));
  writeOctal(header, 124, 12, clampOctal(fields.size, 12));
  writeOctal(header, 136, 12, clampOctal(fields.mtime, 12));
  header.fill(0x20, 148, 156);
  header.write(fields.typeflag, 156, 1, "ascii");
  writeString(header, 157, 100, fields.linkname);
  header.write("ustar\u000000", 257, 8, "latin1");
  writeString(header, 265, 32, fields.uname);
  writeString(header, 297, 32, fields.gname);
  writeNumber(header, 329, 8, fields.devmajor);
  writeNumber(header, 337, 8, fields.devminor);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, 8, "latin1");
  return header;
}

function toBytes(data: Uint8Array | string): Buffer {
  return typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
}

function padToBlock(data: Buffer): Buffer {
  const rest = data.length % BLOCK;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(BLOCK - rest)]);
}

function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  const base = trimmed.slice(trimmed.lastIndexOf("/") + 1);
  // Keep the PAX header's own name within ustar's 100 bytes ("PaxHeaders.0/" is 13).
  return Buffer.from(base, "utf8").subarray(0, 87).toString("latin1");
}

/** ASCII only: non-ASCII names go to PAX so readers decode them as UTF-8. */
function fitsString(value: string, width: number): boolean {
  // eslint-disable-next-line no-control-regex
  return value.length <= width && /^[\x00-\x7f]*$/.test(value);
}

function fitsOctal(value: number, width: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value < 8 ** (width - 1);
}

function clampOctal(value: number, width: number): number {
  return fitsOctal(value, width) ? value : 0;
}

function writeString(header: Buffer, offset: number, width: number, value: string): void {
  Buffer.from(value, "utf8").copy(header, offset, 0, width);
}

function writeOctal(header: Buffer, offset: number, width: number, value: number): void {
  const digits = value.toString(8).padStart(width - 1, "0");
  header.write(`${digits}\u0000`, offset, width, "latin1");
}

/** Octal when it fits, else GNU base-256 (high bit set, big-endian two's complement). */
function writeNumber(header: Buffer, offset: number, width: number, value: number): void {
  if (fitsOctal(value, width)) {
    writeOctal(header, offset, width, value);
    return;
  }
  let rest = BigInt(value);
  for (let index = offset + width - 1; index >= offset; index -= 1) {
    header[index] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  header[offset] = (header[offset] ?? 0) | 0x80;
}
