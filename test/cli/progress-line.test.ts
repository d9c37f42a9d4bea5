import { describe, expect, it } from "vitest";
import {
  formatBytes,
  progressLine,
  progressText,
  type ProgressClock,
} from "../../src/cli/progress-line.ts";
import type { OnProgress } from "../../src/progress.ts";
import { terminalScreen } from "../helpers/terminal-screen.ts";

/** A clock that moves only when the test says, running the line's ticks as it goes. */
function fakeClock(): ProgressClock & { advance: (ms: number) => void; ticking: () => number } {
  let now = 0;
  const tickers = new Set<{ ms: number; next: number; tick: () => void }>();
  return {
    now: () => now,
    every: (ms, tick) => {
      const ticker = { ms, next: now + ms, tick };
      tickers.add(ticker);
      return () => tickers.delete(ticker);
    },
    advance: (ms) => {
      const end = now + ms;
      for (;;) {
        const due = [...tickers].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
        if (due === undefined) break;
        now = due.next;
        due.next += due.ms;
        due.tick();
      }
      now = end;
    },
    ticking: () => tickers.size,
  };
}

/** A fake stderr: what was written, and the line a terminal would show after it. */
function fakeStream(columns?: number) {
  const writes: string[] = [];
  return {
    writes,
    write: (text: string) => writes.push(text),
    columns: () => columns,
    screen: () => terminalScreen(writes.join("")).join("\n"),
  };
}

/** Runs a step that the test ends by resolving the returned `end`. */
function startStep(track: ReturnType<typeof progressLine>["track"], dir: string, what: string) {
  let report: OnProgress = () => undefined;
  let end: () => void = () => undefined;
  const done = track(dir, what, (onProgress) => {
    report = onProgress;
    return new Promise<string>((resolve) => {
      end = () => {
        resolve("result");
      };
    });
  });
  return {
    report: (p: Parameters<OnProgress>[0]) => {
      report(p);
    },
    end: () => {
      end();
    },
    done,
  };
}

describe("progressLine", () => {
  it("prints nothing for a step that ends within a second", async () => {
    const clock = fakeClock();
    const stream = fakeStream();
    const step = startStep(progressLine(stream, clock).track, "bundles/web", "compiling");
    step.report({ step: "reading image rbc.local/web:1", bytes: 5_000_000 });
    clock.advance(900);
    step.end();
    expect(await step.done).toBe("result");
    expect(stream.writes).toEqual([]);
    expect(clock.ticking()).toBe(0);
  });

  it("draws the step's latest progress once it has run a second, and erases it at the end", async () => {
    const clock = fakeClock();
    const stream = fakeStream();
    const step = startStep(progressLine(stream, clock).track, "bundles/web", "compiling");
    clock.advance(999);
    expect(stream.writes).toEqual([]);
    step.report({ step: "reading image rbc.local/web:1", bytes: 45_000_000 });
    clock.advance(100);
    expect(stream.screen()).toBe("bundles/web: reading image rbc.local/web:1 … 45 MB");
    const last = stream.writes.at(-1) ?? "";
    expect([last.startsWith("\r"), last.endsWith("\u001b[K")]).toEqual([true, true]);
    step.end();
    await step.done;
    expect(stream.screen()).toBe("");
    expect(stream.writes.at(-1)).toBe("\r\u001b[K");
    expect(clock.ticking()).toBe(0);
  });

  it("shows what the step does before it reports anything (a slow engine)", () => {
    const clock = fakeClock();
    const stream = fakeStream();
    startStep(progressLine(stream, clock).track, "bundles/web", "compiling");
    clock.advance(1500);
    expect(stream.screen()).toBe("bundles/web: compiling");
  });

  it("redraws at most ten times a second, and only when the text changes", () => {
    const clock = fakeClock();
    const stream = fakeStream();
    const step = startStep(progressLine(stream, clock).track, "bundles/web", "compiling");
    clock.advance(1000);
    const before = stream.writes.length;
    for (let ms = 0; ms < 1000; ms += 1) {
      step.report({ step: "writing rootfs/", bytes: ms * 1_000_000 });
      clock.advance(1);
    }
    expect(stream.writes.length - before).toBeLessThanOrEqual(10);
    clock.advance(1000);
    const settled = stream.writes.length;
    clock.advance(1000);
    expect(stream.writes.length).toBe(settled);
  });

  it("erases the line for other output, and draws it again on the next tick", () => {
    const clock = fakeClock();
    const stream = fakeStream();
    const line = progressLine(stream, clock);
    startStep(line.track, "bundles/web", "compiling");
    clock.advance(1100);
    line.clear();
    expect(stream.screen()).toBe("");
    stream.write("bundles/web: warning: something\n");
    line.clear();
    expect(stream.writes.filter((w) => w === "\r\u001b[K")).toHaveLength(1);
    clock.advance(100);
    expect(stream.screen()).toBe("bundles/web: warning: something\nbundles/web: compiling");
  });

  it("erases the line when the step fails, and passes the failure on", async () => {
    const clock = fakeClock();
    const stream = fakeStream();
    const { track } = progressLine(stream, clock);
    let fail: (error: Error) => void = () => undefined;
    const done = track(
      "bundles/web",
      "compiling",
      () => new Promise((_, reject) => (fail = reject)),
    );
    clock.advance(1500);
    fail(new Error("engine gone"));
    await expect(done).rejects.toThrow("engine gone");
    expect(stream.screen()).toBe("");
    expect(clock.ticking()).toBe(0);
  });

  it("cuts the line to the terminal's width, so that it never wraps", () => {
    const clock = fakeClock();
    const stream = fakeStream(30);
    startStep(progressLine(stream, clock).track, "bundles/a-long-bundle-name", "reading image");
    clock.advance(1000);
    expect(stream.screen()).toBe("bundles/a-long-bundle-name: …");
    expect(stream.screen()).toHaveLength(29);
  });

  it("goes on from the outer step's clock for a step inside it, and shows the inner one", async () => {
    const clock = fakeClock();
    const stream = fakeStream();
    const { track } = progressLine(stream, clock);
    startStep(track, "bundles/web", "running");
    clock.advance(1000);
    const inner = startStep(track, "bundles/web", "materializing rootfs/");
    clock.advance(100);
    expect(stream.screen()).toBe("bundles/web: materializing rootfs/");
    inner.end();
    await inner.done;
    expect(stream.screen()).toBe("bundles/web: running");
  });

  it("shows the bundle that has run longest and how many others run, whichever ends first", async () => {
    const clock = fakeClock();
    const stream = fakeStream();
    const { track } = progressLine(stream, clock);
    const first = startStep(track, "bundles/a", "compiling");
    const second = startStep(track, "bundles/b", "compiling");
    const third = startStep(track, "bundles/c", "compiling");
    clock.advance(1000);
    first.report({ step: "reading image rbc.local/a:1", bytes: 45_000_000 });
    second.report({ step: "reading image rbc.local/b:1", bytes: 1_000_000 });
    clock.advance(100);
    expect(stream.screen()).toBe("bundles/a: reading image rbc.local/a:1 … 45 MB (+2 more)");
    second.end();
    await second.done;
    expect(stream.screen()).toBe("bundles/a: reading image rbc.local/a:1 … 45 MB (+1 more)");
    first.end();
    await first.done;
    // The next oldest takes the line over in place: it is never erased while a step runs.
    expect(stream.screen()).toBe("bundles/c: compiling");
    expect(stream.writes.filter((w) => w === "\r\u001b[K")).toEqual([]);
    third.end();
    await third.done;
    expect(stream.screen()).toBe("");
    expect(clock.ticking()).toBe(0);
  });

  it("keeps the count of the others when it cuts the line to the terminal's width", () => {
    const clock = fakeClock();
    const stream = fakeStream(42);
    const { track } = progressLine(stream, clock);
    startStep(track, "bundles/a-long-bundle-name", "reading image rbc.local/a:1");
    startStep(track, "bundles/b", "compiling");
    clock.advance(1000);
    expect(stream.screen()).toBe("bundles/a-long-bundle-name: re… (+1 more)");
    expect(stream.screen()).toHaveLength(41);
  });
});

describe("progressText", () => {
  it("names the bundle and the step, then the paths and bytes done", () => {
    expect(
      progressText("bundles/web", { step: "verifying rootfs/", entries: 1234, bytes: 2e9 }),
    ).toBe("bundles/web: verifying rootfs/ … 1234 paths, 2.0 GB");
  });
});

describe("formatBytes", () => {
  it.each([
    [0, "0 B"],
    [999, "999 B"],
    [1000, "1.0 kB"],
    [12_345, "12 kB"],
    [45_000_000, "45 MB"],
    [1_234_000_000, "1.2 GB"],
  ])("formats %i as %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
