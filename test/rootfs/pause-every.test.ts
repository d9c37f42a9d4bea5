import { describe, expect, it } from "vitest";
import { repeatWithPauses } from "../../src/rootfs/pause-every.ts";

describe("repeatWithPauses", () => {
  it("calls the step until it returns false", async () => {
    let calls = 0;
    await repeatWithPauses(() => (calls += 1) < 3000);
    expect(calls).toBe(3000);
  });

  it("lets the event loop turn after every 1,024 steps, and only then", async () => {
    let turns = 0;
    let done = false;
    const seen: number[] = [];
    const count = (): void => {
      turns += 1;
      if (!done) setImmediate(count);
    };
    setImmediate(count);
    let steps = 0;
    await repeatWithPauses(() => {
      seen.push(turns);
      return (steps += 1) < 2100;
    });
    done = true;
    expect(seen[0]).toBe(0);
    expect(seen[1023]).toBe(0);
    expect(seen[1024]).toBeGreaterThan(0);
    expect(seen[2047]).toBe(seen[1024]);
    expect(seen[2048]).toBeGreaterThan(seen[2047] ?? 0);
  });
});
