import { TarFormatError } from "../errors/index.ts";

const EMPTY = new Uint8Array(0);

/**
 * Pull-style reads over an async byte stream (a Node Readable is one). It holds at most the
 * current chunk plus whatever one readExact call asks for, so callers control the memory bound.
 */
export class ByteReader {
  readonly #iterator: AsyncIterator<Uint8Array>;
  #chunk: Uint8Array = EMPTY;
  #offset = 0;
  #ended = false;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.#iterator = source[Symbol.asyncIterator]();
  }

  /** The next bytes of the stream, at most `max` of them; undefined at the end. */
  async readUpTo(max: number): Promise<Uint8Array | undefined> {
    if (!(await this.#fill())) return undefined;
    const count = Math.min(max, this.#chunk.length - this.#offset);
    const bytes = this.#chunk.subarray(this.#offset, this.#offset + count);
    this.#offset += count;
    return bytes;
  }

  /** Exactly `size` bytes; undefined at a clean end of stream, an error if it ends midway. */
  async readExact(size: number): Promise<Uint8Array | undefined> {
    const first = await this.readUpTo(size);
    if (first === undefined || first.length === size) return first;
    const out = new Uint8Array(size);
    out.set(first, 0);
    let filled = first.length;
    while (filled < size) {
      const more = await this.readUpTo(size - filled);
      if (more === undefined) throw new TarFormatError(`unexpected end of data`);
      out.set(more, filled);
      filled += more.length;
    }
    return out;
  }

  /** Discards `size` bytes; an error if the stream ends first. */
  async skip(size: number): Promise<void> {
    let left = size;
    while (left > 0) {
      const bytes = await this.readUpTo(left);
      if (bytes === undefined) throw new TarFormatError(`unexpected end of data`);
      left -= bytes.length;
    }
  }

  /** Discards up to `size` bytes; false if the stream ended first. */
  async skipAtMost(size: number): Promise<boolean> {
    let left = size;
    while (left > 0) {
      const bytes = await this.readUpTo(left);
      if (bytes === undefined) return false;
      left -= bytes.length;
    }
    return true;
  }

  /** Reads and discards everything that is left. */
  async drain(): Promise<void> {
    while ((await this.readUpTo(Number.MAX_SAFE_INTEGER)) !== undefined) {
      // Discarding: the caller only wants the stream consumed (e.g. to finish a digest).
    }
  }

  /** Releases the source (an HTTP response, say) even when it was not read to its end. */
  async close(): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    await this.#iterator.return?.();
  }

  async #fill(): Promise<boolean> {
    while (this.#offset >= this.#chunk.length) {
      if (this.#ended) return false;
      const next = await this.#iterator.next();
      if (next.done === true) {
        this.#ended = true;
        this.#chunk = EMPTY;
        this.#offset = 0;
        return false;
      }
      this.#chunk = next.value;
      this.#offset = 0;
    }
    return true;
  }
}
