import { createHash } from "node:crypto";

/**
 * Lets `consume` read a byte stream while every byte is hashed, then drains what it left
 * unread (a tar reader stops at the end-of-archive blocks; the padding after them still counts
 * toward a layer's diff_id). Returns the hex sha256 of the whole stream and consume's result.
 */
export async function digestWhile<T>(
  body: AsyncIterable<Uint8Array>,
  consume: (tapped: AsyncIterable<Uint8Array>) => Promise<T>,
): Promise<{ readonly sha256: string; readonly value: T }> {
  const hash = createHash("sha256");
  const iterator = body[Symbol.asyncIterator]();
  const next = async (): Promise<IteratorResult<Uint8Array, unknown>> => {
    const result = await iterator.next();
    if (result.done !== true) hash.update(result.value);
    return result;
  };
  const tapped: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => ({ next: next as () => Promise<IteratorResult<Uint8Array>> }),
  };
  const value = await consume(tapped);
  while ((await next()).done !== true) {
    // Draining: the trailing bytes belong to the digest.
  }
  return { sha256: hash.digest("hex"), value };
}
