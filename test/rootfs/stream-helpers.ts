/** Test helpers: feed bytes to the streaming readers in chosen chunk sizes. */

export function chunked(
  bytes: Uint8Array,
  size: number | (() => number),
): AsyncIterable<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length;) {
    const length = typeof size === "number" ? size : size();
    chunks.push(bytes.subarray(offset, offset + length));
    offset += length;
  }
  return (async function* () {
    for (const chunk of chunks) yield await Promise.resolve(chunk);
  })();
}

/** A deterministic pseudo-random chunk size between 1 and max. */
export function randomSizes(max: number, seed = 1): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return 1 + (state % max);
  };
}

export async function collect(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A raw header block (for GNU `L`/`K` and global PAX headers the project's writer never emits). */
export function rawHeader(name: string, typeflag: string, size: number, gnu = false): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, "utf8");
  header.write("0000644\0", 100, 8, "latin1");
  header.write("0000000\0", 108, 8, "latin1");
  header.write("0000000\0", 116, 8, "latin1");
  header.write(`${size.toString(8).padStart(11, "0")}\0`, 124, 12, "latin1");
  header.write("00000000000\0", 136, 12, "latin1");
  header.fill(0x20, 148, 156);
  header.write(typeflag, 156, 1, "latin1");
  header.write(gnu ? "ustar  \0" : "ustar\u000000", 257, 8, "latin1");
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "latin1");
  return header;
}

/** A metadata entry: header plus body padded to whole blocks. */
export function rawEntry(
  name: string,
  typeflag: string,
  body: string | Buffer,
  gnu = false,
): Buffer {
  const data = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  data.copy(padded);
  return Buffer.concat([rawHeader(name, typeflag, data.length, gnu), padded]);
}

/** `<len> key=value\n` */
export function paxRecord(key: string, value: string): string {
  const payload = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(payload) + 1;
  while (String(length).length + Buffer.byteLength(payload) !== length) {
    length = String(length).length + Buffer.byteLength(payload);
  }
  return `${length}${payload}`;
}
