import type { BundleCompilation } from "../compile.ts";
import { type Engine, type ImageMemo, createImageMemo, runImageMemo } from "../resolve/index.ts";
import type { Runc } from "../run/index.ts";
import { chokidarWatcher } from "./chokidar-watcher.ts";
import { containerRuns, type ContainerRuns, type ContainerRunsPorts } from "./container-runs.ts";
import { engineTriggers } from "./engine-triggers.ts";
import { rebuildBundle, type RebuildPorts } from "./rebuild-bundle.ts";
import { routeTriggers } from "./route-triggers.ts";
import { trackedBundles } from "./tracked-bundles.ts";

/** How long a change waits for more before it is rebuilt: a save's events come within a few ms. */
const defaultDebounceMs = 25;

/** What the watch loop needs from its surroundings (the CLI command provides them). */
export interface WatchPorts {
  readonly engine: Engine;
  /**
   * Answers about images by image id, for the watch's whole life: the first build's, so that the
   * first rebuild reads no image that build read already (default: an empty memo).
   */
  readonly imageMemo?: ImageMemo;
  readonly log: (line: string) => void;
  /** Materialize rootfs/ for compiled bundles (src/materialize-bundles.ts); false on failure. */
  readonly materialize: (bundles: readonly BundleCompilation[]) => Promise<boolean>;
  /** Present when runc is available: running containers restart when config.json or rootfs change. */
  readonly runc?: Runc;
  /** What rbc run checks before a start, and its volumes (see ContainerRunsPorts.check). */
  readonly check?: NonNullable<ContainerRunsPorts["check"]>;
  /** --run: start every bundle (and stop them on close); without it only running ones restart. */
  readonly startAll?: boolean;
  /**
   * The files the first build rewrote, by bundle directory: a running container whose
   * config.json or rootfs.mtree they include restarts as the watch begins.
   */
  readonly initialChanges?: ReadonlyMap<string, readonly string[]>;
  readonly debounceMs?: number;
  readonly graceMs?: number;
  /** How many bundles of a batch compile at once (`--jobs`; default 1). */
  readonly jobs?: number;
}

export interface Watching {
  /** Stop watching files and engine events, then stop and delete the containers it started. */
  readonly close: () => Promise<void>;
}

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
  const tracking = trackedBundles();
  const files = await chokidarWatcher(initial.flatMap((bundle) => tracking.track(bundle)));
  const runs = containerRuns(ports);
  // Images are content-addressed: what a compilation read about one never goes stale.
  const imageMemo = ports.imageMemo ?? createImageMemo();
  const rebuildPorts: RebuildPorts = {
    engine: ports.engine,
    log: ports.log,
    imageMemo,
    runs,
    track: (bundle) => {
      files.add(tracking.track(bundle));
    },
  };
  const routing = routeTriggers({
    files,
    followEngine: (trigger) =>
      engineTriggers(ports.engine, tracking.references, trigger, ports.log),
    concerned: tracking.concerned,
    rebuilder: () => {
      // A batch takes the engine as one snapshot: its bundles inspect each image reference once.
      const batch = { ...rebuildPorts, imageMemo: runImageMemo(imageMemo) };
      return (dir, triggers) => rebuildBundle(dir, triggers, batch);
    },
    log: ports.log,
    debounceMs: ports.debounceMs ?? defaultDebounceMs,
    ...(ports.jobs === undefined ? {} : { jobs: ports.jobs }),
  });
  await files.ready();
  await startInitial(initial, runs, ports.initialChanges ?? new Map());
  return {
    close: async () => {
      await routing.close();
      await runs.stopAll();
    },
  };
}

/**
 * --run: start what is not running yet. What already runs (rbc run -d) is restarted if the first
 * build changed what it runs, else on the next change.
 */
async function startInitial(
  initial: readonly BundleCompilation[],
  runs: ContainerRuns,
  changes: ReadonlyMap<string, readonly string[]>,
): Promise<void> {
  for (const bundle of initial) {
    if (bundle.files !== undefined) {
      // A bundle that is not running had its rootfs materialized before the watch began.
      const running = await runs.runningBefore(bundle.dir);
      const changed = running === undefined ? [] : (changes.get(bundle.dir) ?? []);
      await runs.afterBuild(bundle, changed, running);
    }
  }
}
