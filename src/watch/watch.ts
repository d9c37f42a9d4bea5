import { watch as chokidarWatch } from "chokidar";
import { resolve } from "node:path";
import { writeBundleFiles } from "../bundle/write-bundle.ts";
import { compileBundle, type BundleCompilation } from "../compile.ts";
import { formatDiagnostic, hasErrors } from "../diagnostics.ts";
import type { Engine } from "../resolve/engine.ts";
import { readRunBundle, type Runc } from "../run/index.ts";
import { createBatcher } from "./batch.ts";
import { startDetached, stopAndDelete } from "./containers.ts";
import { watchedFiles } from "./watched-files.ts";

/** What the watch loop needs from its surroundings (the CLI command provides them). */
export interface WatchPorts {
  readonly engine: Engine;
  readonly log: (line: string) => void;
  /** Materialize rootfs/ for compiled bundles (the CLI's materializeBundles); false on failure. */
  readonly materialize: (bundles: readonly BundleCompilation[]) => Promise<boolean>;
  /** Present with --run: containers are started, and restarted when config.json or rootfs change. */
  readonly runc?: Runc;
  readonly debounceMs?: number;
  readonly graceMs?: number;
}

export interface Watching {
  /** Stop watching, then stop and delete the containers this watch started. */
  readonly close: () => Promise<void>;
}

const restartFiles = new Set(["config.json", "rootfs.mtree"]);

/**
 * Watch compiled bundles: chokidar events on the files each bundle read → debounced batches →
 * recompile the affected bundles → write changed files → restart containers whose config changed.
 * A failed compile logs its diagnostics and keeps the last good outputs and containers.
 */
export async function watchBundles(
  initial: readonly BundleCompilation[],
  ports: WatchPorts,
): Promise<Watching> {
  const bundleFiles = new Map<string, string[]>(); // bundle dir → absolute watched paths
  const started = new Map<string, string>(); // bundle dir → container id
  const track = (bundle: BundleCompilation): string[] => {
    const files = watchedFiles(bundle).map((f) => resolve(f));
    bundleFiles.set(bundle.dir, files);
    return files;
  };
  const watcher = chokidarWatch(initial.flatMap(track), {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 20 },
  });
  const start = async (dir: string): Promise<void> => {
    if (ports.runc === undefined) return;
    const result = await startDetached(ports.runc, dir);
    if ("problem" in result) ports.log(`${dir}: not started: ${result.problem}`);
    else {
      started.set(dir, result.id);
      ports.log(`${dir}: started ${result.id}`);
    }
  };
  const stop = async (dir: string): Promise<void> => {
    const id = started.get(dir);
    if (ports.runc === undefined || id === undefined) return;
    const signal = (await readRunBundle(dir))?.stopSignal ?? "TERM";
    await stopAndDelete(ports.runc, id, signal, ports.graceMs ?? 10_000);
    started.delete(dir);
  };

  const rebuild = async (dir: string, triggers: readonly string[]): Promise<void> => {
    const began = Date.now();
    ports.log(`${dir}: rebuilding (changed: ${triggers.join(", ")})`);
    const bundle = await compileBundle(dir, ports.engine);
    for (const d of bundle.diagnostics) ports.log(formatDiagnostic(d));
    const added = track(bundle).filter((f) => !triggers.includes(f));
    watcher.add(added);
    if (bundle.files === undefined || hasErrors(bundle.diagnostics)) {
      ports.log(`${dir}: build failed; keeping the last good outputs`);
      return;
    }
    const changed = await writeBundleFiles(dir, bundle.files);
    const took = Date.now() - began;
    ports.log(
      `${dir}: ${changed.length ? `wrote ${changed.join(", ")}` : "up to date"} in ${took} ms`,
    );
    if (ports.runc === undefined || !changed.some((f) => restartFiles.has(f))) return;
    const restartBegan = Date.now();
    if (changed.includes("rootfs.mtree") && !(await ports.materialize([bundle]))) return;
    await stop(dir);
    await start(dir);
    ports.log(`${dir}: restarted in ${Date.now() - restartBegan} ms`);
  };

  const batcher = createBatcher(ports.debounceMs ?? 300, async (paths) => {
    const triggers = [...paths];
    for (const [dir, files] of bundleFiles) {
      const hits = triggers.filter((t) => files.includes(t));
      if (hits.length === 0) continue;
      try {
        await rebuild(dir, hits);
      } catch (cause) {
        ports.log(`${dir}: error: ${cause instanceof Error ? cause.message : String(cause)}`);
      }
    }
  });
  watcher.on("all", (_event, path) => {
    batcher.add(resolve(path));
  });
  await new Promise<void>((ready) =>
    watcher.once("ready", () => {
      ready();
    }),
  );

  for (const bundle of initial) if (bundle.files !== undefined) await start(bundle.dir);
  return {
    close: async () => {
      await watcher.close();
      await batcher.idle();
      for (const dir of [...started.keys()]) {
        await stop(dir).catch((cause: unknown) => {
          ports.log(`${dir}: error: ${cause instanceof Error ? cause.message : String(cause)}`);
        });
      }
    },
  };
}
