/** One entry of a tar archive (ustar with PAX and GNU long-name extensions). */
export interface TarEntry {
  readonly path: string;
  /** `0` file, `1` hard link, `2` symlink, `5` directory, ... (ustar typeflag). */
  readonly type: string;
  readonly linkPath: string;
  readonly body: Uint8Array;
}

/** Read every entry of an in-memory tar archive (small archives: the engine's archive endpoint). */
export function readTarEntries(archive: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let pax: Record<string, string> = {};
  let longName: string | undefined;
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseOctal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] ?? 48) || "0";
    const body = archive.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === "x") {
      pax = parsePax(body);
    } else if (type === "L") {
      longName = text(body);
    } else if (type !== "g") {
      const prefix = text(header.subarray(345, 500));
      const name = text(header.subarray(0, 100));
      entries.push({
        path: pax.path ?? longName ?? (prefix ? `${prefix}/${name}` : name),
        type: type === "\0" ? "0" : type,
        linkPath: pax.linkpath ?? text(header.subarray(157, 257)),
        body,
      });
      pax = {};
      longName = undefined;
    }
  }
  return entries;
}

function text(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(end === -1 ? bytes : bytes.subarray(0, end));
}

function parseOctal(bytes: Uint8Array): number {
  const digits = text(bytes).trim();
  return digits === "" ? 0 : parseInt(digits, 8);
}

/** PAX records: `<length> <key>=<value>\n`. */
function parsePax(body: Uint8Array): Record<string, string> {
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset);
    if (space === -1) break;
    const length = Number(text(body.subarray(offset, space)));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = new TextDecoder().decode(body.subarray(space + 1, offset + length - 1));
    const eq = record.indexOf("=");
    if (eq !== -1) records[record.slice(0, eq)] = record.slice(eq + 1);
    offset += length;
  }
  return records;
}
