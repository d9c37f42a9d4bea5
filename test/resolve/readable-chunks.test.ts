import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { readableChunks } from "../../src/resolve/readable-chunks.ts";

async function collect(stream: PassThrough): Promise<{ chunks: string[]; error?: unknown }> {
  const chunks: string[] = [];
  try {
    for await (const chunk of readableChunks(stream)) chunks.push(Buffer.from(chunk).toString());
    return { chunks };
  } catch (error) {
    return { chunks, error };
  }
}

describe("readableChunks", () => {
  it("yields each chunk as it came, never joined with those waiting", async () => {
    const stream = new PassThrough();
    for (const text of ["a", "bb", "ccc"]) stream.write(text);
    stream.end();
    expect(await collect(stream)).toEqual({ chunks: ["a", "bb", "ccc"] });
  });

  it("pauses the stream while chunks wait for the consumer, and resumes it", async () => {
    const stream = new PassThrough();
    const chunks = readableChunks(stream);
    const first = chunks.next();
    for (let i = 0; i < 20; i += 1) stream.write(String(i % 10));
    await first;
    expect(stream.isPaused()).toBe(true);
    stream.end();
    let rest = "";
    for await (const chunk of chunks) rest += Buffer.from(chunk).toString();
    expect(rest).toBe("1234567890123456789");
  });

  it("throws a failure or a close before the end, after the chunks that came first", async () => {
    const failing = new PassThrough();
    failing.write("a");
    setImmediate(() => failing.destroy(new Error("reset")));
    const failed = await collect(failing);
    expect(failed.chunks).toEqual(["a"]);
    expect(String(failed.error)).toContain("reset");

    const closing = new PassThrough();
    closing.write("a");
    setImmediate(() => closing.destroy());
    const closed = await collect(closing);
    expect(closed.chunks).toEqual(["a"]);
    expect((closed.error as { code?: string }).code).toBe("ERR_STREAM_PREMATURE_CLOSE");
  });
});
