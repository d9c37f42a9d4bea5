import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_ENGINE_TIMEOUTS,
  engineTimeouts,
  stallGuard,
  withTimeout,
} from "../../src/resolve/engine-timeouts.ts";

describe("engineTimeouts", () => {
  it("reads RBC_ENGINE_TIMEOUT and RBC_ENGINE_STALL_TIMEOUT in seconds", () => {
    expect(engineTimeouts({ RBC_ENGINE_TIMEOUT: "5", RBC_ENGINE_STALL_TIMEOUT: "0.5" })).toEqual({
      callMs: 5000,
      stallMs: 500,
    });
  });

  it("keeps the defaults for unset, empty, zero, negative or non-numeric values", () => {
    expect(engineTimeouts({})).toEqual(DEFAULT_ENGINE_TIMEOUTS);
    for (const value of ["", "0", "-3", "soon", "Infinity"]) {
      expect(
        engineTimeouts({ RBC_ENGINE_TIMEOUT: value, RBC_ENGINE_STALL_TIMEOUT: value }),
      ).toEqual(DEFAULT_ENGINE_TIMEOUTS);
    }
  });
});

describe("withTimeout", () => {
  it("answers in time with the work's value and leaves its signal alone", async () => {
    let signal: AbortSignal | undefined;
    const value = await withTimeout(
      1000,
      () => new Error("late"),
      (s) => {
        signal = s;
        return Promise.resolve(42);
      },
    );
    expect(value).toBe(42);
    expect(signal?.aborted).toBe(false);
  });

  it("rejects with the timeout error and aborts the work's signal", async () => {
    let signal: AbortSignal | undefined;
    const never = withTimeout(
      20,
      () => new Error("late"),
      (s) => {
        signal = s;
        return new Promise<never>(() => undefined);
      },
    );
    await expect(never).rejects.toThrow("late");
    expect(signal?.aborted).toBe(true);
  });
});

describe("stallGuard", () => {
  it("passes every chunk of a stream that keeps sending", async () => {
    const stream = new PassThrough();
    stream.write("a");
    stream.end("b");
    const chunks: string[] = [];
    for await (const chunk of stallGuard(stream, 1000, () => new Error("stalled")))
      chunks.push(Buffer.from(chunk).toString());
    expect(chunks.join("")).toBe("ab");
  });

  it("fails and destroys a stream that stops sending", async () => {
    const stream = new PassThrough();
    stream.write("a");
    const read = async () => {
      let bytes = 0;
      for await (const chunk of stallGuard(stream, 20, () => new Error("stalled")))
        bytes += chunk.length;
      return bytes;
    };
    await expect(read()).rejects.toThrow("stalled");
    expect(stream.destroyed).toBe(true);
  });

  it("does not count the time the consumer spends between chunks", async () => {
    const stream = new PassThrough();
    stream.write("a");
    stream.end("b");
    let count = 0;
    for await (const chunk of stallGuard(stream, 20, () => new Error("stalled"))) {
      count += chunk.length;
      await new Promise((done) => setTimeout(done, 60));
    }
    expect(count).toBeGreaterThan(0);
  });
});
