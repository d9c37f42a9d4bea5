import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FileWatcher } from "../../src/watch/file-watcher.ts";
import { routeTriggers } from "../../src/watch/route-triggers.ts";
import type { Trigger } from "../../src/watch/trigger.ts";

/** A FileWatcher whose changes the test reports with `change(path)`. */
function fakeFiles() {
  const listeners: ((path: string) => void)[] = [];
  let closed = false;
  const watcher: FileWatcher = {
    add: () => undefined,
    onChange: (listener) => {
      listeners.push(listener);
    },
    ready: () => Promise.resolve(),
    close: () => {
      closed = true;
      return Promise.resolve();
    },
  };
  return {
    watcher,
    change: (path: string) => {
      for (const listener of listeners) listener(path);
    },
    closed: () => closed,
  };
}

/** The engine's side: the test calls `trigger(dir, label)` as engineTriggers would. */
function fakeEngine() {
  let trigger: (dir: string, label: string) => void = () => undefined;
  let closed = false;
  return {
    follow: (on: (dir: string, label: string) => void) => {
      trigger = on;
      return {
        close: () => {
          closed = true;
          return Promise.resolve();
        },
      };
    },
    trigger: (dir: string, label: string) => {
      trigger(dir, label);
    },
    closed: () => closed,
  };
}

/** Bundles a and b both read /p/base.yaml, and each its own bundle.yaml. */
const reads = new Map([
  ["a", ["/p/a/bundle.yaml", "/p/base.yaml"]],
  ["b", ["/p/b/bundle.yaml", "/p/base.yaml"]],
]);

function concerned(triggers: readonly Trigger[]): Map<string, Trigger[]> {
  const result = new Map<string, Trigger[]>();
  for (const [dir, files] of reads) {
    const hits = triggers.filter((t) =>
      t.kind === "file" ? files.includes(t.path) : t.dir === dir,
    );
    if (hits.length > 0) result.set(dir, hits);
  }
  return result;
}

type Rebuild = (dir: string, triggers: readonly Trigger[]) => Promise<() => Promise<void>>;

/** Routes with `rebuild` as each batch's rebuilds: by default, all of it in the second step. */
function route(
  rebuild: (dir: string, triggers: readonly Trigger[]) => Promise<void>,
  options: { rebuilder?: () => Rebuild; jobs?: number } = {},
) {
  const files = fakeFiles();
  const engine = fakeEngine();
  const log: string[] = [];
  const routing = routeTriggers({
    files: files.watcher,
    followEngine: engine.follow,
    concerned,
    rebuilder:
      options.rebuilder ?? (() => (dir, triggers) => Promise.resolve(() => rebuild(dir, triggers))),
    log: (line) => log.push(line),
    debounceMs: 25,
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
  });
  return { files, engine, log, routing };
}

describe("routeTriggers", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("rebuilds each bundle a batch concerns once, with the file changes and events that concern it", async () => {
    const rebuilds: [string, readonly Trigger[]][] = [];
    const { files, engine, routing } = route((dir, triggers) => {
      rebuilds.push([dir, triggers]);
      return Promise.resolve();
    });
    files.change("/p/base.yaml");
    files.change("/p/a/bundle.yaml");
    engine.trigger("b", "engine: image app:1 tag");
    files.change("/p/base.yaml");
    engine.trigger("b", "engine: image app:1 tag");
    await vi.advanceTimersByTimeAsync(25);
    const base: Trigger = { kind: "file", path: "/p/base.yaml" };
    expect(rebuilds).toEqual([
      ["a", [base, { kind: "file", path: "/p/a/bundle.yaml" }]],
      ["b", [base, { kind: "engine", dir: "b", label: "engine: image app:1 tag" }]],
    ]);
    await routing.close();
  });

  it("waits until no trigger came for the debounce delay", async () => {
    const rebuilt: string[] = [];
    const { files, routing } = route((dir) => {
      rebuilt.push(dir);
      return Promise.resolve();
    });
    files.change("/p/a/bundle.yaml");
    await vi.advanceTimersByTimeAsync(20);
    files.change("/p/a/bundle.yaml");
    await vi.advanceTimersByTimeAsync(24);
    expect(rebuilt).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(rebuilt).toEqual(["a"]);
    files.change("/p/b/bundle.yaml");
    await vi.advanceTimersByTimeAsync(25);
    expect(rebuilt).toEqual(["a", "b"]);
    await routing.close();
  });

  it("ignores changes to files no bundle read", async () => {
    const rebuild = vi.fn(() => Promise.resolve());
    const { files, routing } = route(rebuild);
    files.change("/p/unrelated.yaml");
    await vi.advanceTimersByTimeAsync(25);
    expect(rebuild).not.toHaveBeenCalled();
    await routing.close();
  });

  it("logs a rebuild that throws and goes on with the next bundle", async () => {
    const rebuilt: string[] = [];
    const { files, log, routing } = route((dir) => {
      if (dir === "a") return Promise.reject(new Error("engine went away"));
      rebuilt.push(dir);
      return Promise.resolve();
    });
    files.change("/p/base.yaml");
    await vi.advanceTimersByTimeAsync(25);
    expect(log).toEqual(["a: error: engine went away"]);
    expect(rebuilt).toEqual(["b"]);
    await routing.close();
  });

  it("on close, stops both sources and waits for the running rebuild, skipping the rest of its batch", async () => {
    const rebuilt: string[] = [];
    let release: () => void = () => undefined;
    const { files, engine, routing } = route(async (dir) => {
      if (dir === "a") await new Promise<void>((done) => (release = done));
      rebuilt.push(dir);
    });
    files.change("/p/base.yaml");
    await vi.advanceTimersByTimeAsync(25);
    let closed = false;
    const closing = routing.close().then(() => (closed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(files.closed()).toBe(true);
    expect(engine.closed()).toBe(true);
    expect(closed).toBe(false);
    files.change("/p/b/bundle.yaml");
    engine.trigger("b", "engine: image app:1 tag");
    release();
    await closing;
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(rebuilt).toEqual(["a"]);
  });

  it("compiles up to `jobs` bundles of a batch at once, and finishes them one at a time in order", async () => {
    const events: string[] = [];
    const compiling = new Map<string, () => void>();
    let batches = 0;
    const rebuilder = (): Rebuild => {
      batches += 1;
      return async (dir) => {
        events.push(`compile ${dir}`);
        await new Promise<void>((done) => compiling.set(dir, done));
        return async () => {
          events.push(`finish ${dir}`);
          await Promise.resolve();
          events.push(`finished ${dir}`);
        };
      };
    };
    const { files, routing } = route(() => Promise.resolve(), { rebuilder, jobs: 2 });
    files.change("/p/base.yaml");
    await vi.advanceTimersByTimeAsync(25);
    expect(events).toEqual(["compile a", "compile b"]);
    compiling.get("b")?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(["compile a", "compile b"]);
    compiling.get("a")?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([
      "compile a",
      "compile b",
      "finish a",
      "finished a",
      "finish b",
      "finished b",
    ]);
    files.change("/p/a/bundle.yaml");
    await vi.advanceTimersByTimeAsync(25);
    compiling.get("a")?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toBe(2);
    await routing.close();
  });

  it("logs a compilation that throws in its turn, after the bundles before it finished", async () => {
    const log: string[] = [];
    let release: () => void = () => undefined;
    const rebuilder = (): Rebuild => async (dir) => {
      if (dir === "b") throw new Error("engine went away");
      await new Promise<void>((done) => (release = done));
      return () => {
        log.push(`${dir}: rebuilt`);
        return Promise.resolve();
      };
    };
    const routed = route(() => Promise.resolve(), { rebuilder, jobs: 2 });
    routed.files.change("/p/base.yaml");
    await vi.advanceTimersByTimeAsync(25);
    expect(routed.log).toEqual([]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(["a: rebuilt"]);
    expect(routed.log).toEqual(["b: error: engine went away"]);
    await routed.routing.close();
  });
});
