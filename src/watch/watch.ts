import { watch as chokidarWatch } from "chokidar";
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { writeBundleFiles } from "../bundle/index.ts";
import { compileBundle, type BundleCompilation } from "../compile.ts";
import { createImageMemo, type Engine } from "../resolve/index.ts";
import { formatDiagnostic, hasErrors } from "../diagnostics.ts";
import type { Runc } from "../run/index.ts";
import { createBatcher } from "./batch.ts";
import { containerRuns } from "./container-runs.ts";
import { engineReferences, type EngineReferences } from "./engine-references.ts";
import { engineTriggers } from "./engine-triggers.ts";
import { summarizeOutputs } from "./summarize-outputs.ts";
import { unresolvedBundle } from "./unresolved-bundle.ts";
import { watchedFiles } from "./watched-files.ts";

/** What the watch loop needs from its surroundings (the CLI command provides them). */
/** How long a change waits for more before it is rebuilt: a save's events come within a few ms. */
const defaultDebounceMs = 25;

export interface WatchPorts {
  readonly engine: Engine;
  readonly log: (line: string) => void;
  /** Materialize rootfs/ for compiled bundles (the CLI's materializeBundles); false on failure. */
  readonly materialize: (bundles: readonly BundleCompilation[]) => Promise<boolean>;
  /** Present when runc is available: running containers restart when config.json or rootfs change. */
  readonly runc?: Runc;
  /** --run: start every bundle (and stop them on close); without it only running ones restart. */
  readonly startAll?: boolean;
  readonly debounceMs?: number;
  readonly graceMs?: number;
}

export interface Watching {
  /** Stop watching files and engine events, then stop and delete the containers it started. */
  readonly close: () => Promise<void>;
}

/** Why a bundle is rebuilt: a file it read changed, or an engine event about what it references. */
type Trigger =
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "engine"; readonly dir: string; readonly label: string };

interface Tracked {
  readonly files: readonly string[];
  readonly refs: EngineReferences;
}

/** Outputs read before a rebuild writes, for the change summary. */
const summarized = ["config.json", "rootfs.mtree"];

/**
 * Watch bundles: chokidar events on the files each bundle read, and the engine's events about the
 * images and containers it references → debounced batches → recompile the affected bundles →
 * write changed files, print what changed → restart containers whose config or rootfs changed.
 * A failed compile logs its diagnostics and keeps the last good outputs and containers; a bundle
 * that has never compiled is watched all the same and started once it does.
 */
export async function watchBundles(
  initial: readonly BundleCompilation[],
  ports: WatchPorts,
): Promise<Watching> {
  const tracked = new Map<string, Tracked>();
  const runs = containerRuns(ports);
  let closed = false;
  const track = (bundle: BundleCompilation): string[] => {
    const previous = tracked.get(bundle.dir);
    // An overlay that no longer loads names neither bases nor engine objects: keep the old ones.
    const loaded = bundle.overlay !== undefined || previous === undefined;
    const files = watchedFiles(bundle).map((f) => resolve(f));
    tracked.set(bundle.dir, {
      files: loaded ? files : [...new Set([...previous.files, ...files])],
      refs: loaded ? engineReferences(bundle) : previous.refs,
    });
    return files;
  };
  // No awaitWriteFinish: its polling adds tens of milliseconds to every save, and the debounce
  // below already gathers an editor's burst of events (write, rename) into one rebuild.
  const watcher = chokidarWatch(initial.flatMap(track), { ignoreInitial: true });
  // Images are content-addressed: what a compilation read about one never goes stale.
  const imageMemo = createImageMemo();
  // A rebuild still running when close() is called must not make chokidar watch again.
  const watchFiles = (files: readonly string[]): void => {
    if (!closed) watcher.add([...files]);
  };

  const rebuild = async (dir: string, triggers: readonly Trigger[]): Promise<void> => {
    const began = Date.now();
    ports.log(`${dir}: rebuilding (${describeTriggers(triggers)})`);
    const failed = (): void => {
      const kept = runs.isRunning(dir) ? " and its container" : "";
      ports.log(
        `${dir}: build failed in ${Date.now() - began} ms; kept the last good outputs${kept}`,
      );
    };
    let bundle: BundleCompilation;
    try {
      bundle = await compileBundle(dir, ports.engine, { imageMemo });
    } catch (cause) {
      ports.log(`${dir}: error: ${cause instanceof Error ? cause.message : String(cause)}`);
      watchFiles(track(await unresolvedBundle(dir)));
      failed();
      return;
    }
    for (const d of bundle.diagnostics) ports.log(formatDiagnostic(d));
    watchFiles(track(bundle));
    if (bundle.files === undefined || hasErrors(bundle.diagnostics)) {
      failed();
      return;
    }
    const before = await readOutputs(dir);
    const running = await runs.runningBefore(dir);
    const changed = await writeBundleFiles(dir, bundle.files);
    const wrote = changed.length ? `wrote ${changed.join(", ")}` : "up to date";
    ports.log(`${dir}: rebuilt in ${Date.now() - began} ms: ${wrote}`);
    for (const line of summarizeOutputs(before, bundle.files, changed)) ports.log(`  ${line}`);
    await runs.afterBuild(bundle, changed, running);
  };

  const batcher = createBatcher<Trigger>(ports.debounceMs ?? defaultDebounceMs, async (items) => {
    const triggers = [...items.values()];
    for (const [dir, { files }] of tracked) {
      const hits = triggers.filter((t) =>
        t.kind === "file" ? files.includes(t.path) : t.dir === dir,
      );
      if (hits.length === 0 || closed) continue;
      try {
        await rebuild(dir, hits);
      } catch (cause) {
        ports.log(`${dir}: error: ${cause instanceof Error ? cause.message : String(cause)}`);
      }
    }
  });
  const queue = (key: string, trigger: Trigger): void => {
    if (!closed) batcher.add(key, trigger);
  };
  watcher.on("all", (_event, path) => {
    const absolute = resolve(path);
    queue(absolute, { kind: "file", path: absolute });
  });

  const events = engineTriggers(
    ports.engine,
    () => new Map([...tracked].map(([dir, t]) => [dir, t.refs])),
    (dir, label) => {
      queue(`${dir}\n${label}`, { kind: "engine", dir, label });
    },
    ports.log,
  );

  await new Promise<void>((ready) =>
    watcher.once("ready", () => {
      ready();
    }),
  );
  // With --run, start what is not running yet; what already runs (rbc run -d) is restarted on change.
  for (const bundle of initial) {
    if (bundle.files !== undefined) {
      await runs.afterBuild(bundle, [], await runs.runningBefore(bundle.dir));
    }
  }
  return {
    close: async () => {
      closed = true;
      await watcher.close();
      await events.close();
      await batcher.idle();
      await runs.stopAll();
    },
  };
}

/** `changed: bundles/web/bundle.yaml; engine: image rbc.local/app:1 tag`. */
function describeTriggers(triggers: readonly Trigger[]): string {
  const files = triggers.flatMap((t) => (t.kind === "file" ? [shortPath(t.path)] : []));
  const engine = triggers.flatMap((t) => (t.kind === "engine" ? [t.label] : []));
  return [...(files.length > 0 ? [`changed: ${files.join(", ")}`] : []), ...engine].join("; ");
}

/** A path relative to the working directory when it lies below it. */
function shortPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith("..") || isAbsolute(shown) ? path : shown;
}

async function readOutputs(dir: string): Promise<Map<string, string>> {
  const outputs = new Map<string, string>();
  for (const name of summarized) {
    const text = await readFile(join(dir, name), "utf8").catch(() => undefined);
    if (text !== undefined) outputs.set(name, text);
  }
  return outputs;
}
