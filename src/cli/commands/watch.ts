import { writeBundleFiles } from "../../bundle/index.ts";
import { compileBundle, type BundleCompilation } from "../../compile.ts";
import { compileBundles } from "../../compile-bundles.ts";
import { materializeBundles } from "../../materialize-bundles.ts";
import { createImageMemo, runImageMemo, type Engine, type ImageMemo } from "../../resolve/index.ts";
import {
  findRunc,
  hookEnvironment,
  runcAdapter,
  runningContainer,
  type Runc,
} from "../../run/index.ts";
import { unresolvedBundle, watchBundles } from "../../watch/index.ts";
import type { RunVerification } from "../../run-preflight.ts";
import { printMaterialized } from "../print-rootfs.ts";
import { watchStartCheck } from "../watch-start-check.ts";
import { allDiagnostics, exitCodes, reportDiagnostics, reportUnavailable } from "../report.ts";
import { note, paint, trackOf, type Terminal } from "../terminal.ts";

export interface WatchFlags {
  readonly run: boolean;
  readonly runc: string | undefined;
  /** What to check before a start or restart (run-preflight.ts), as rbc run: `stat` by default. */
  readonly verify: RunVerification;
  /** How many bundles compile at once, in the first build and in a batch of rebuilds (`--jobs`). */
  readonly jobs: number;
}

/**
 * `rbc watch`: build every bundle, then rebuild the affected ones whenever a file they read
 * changes or the engine reports a change to an image or container they reference. With --run,
 * start each bundle detached and restart it when its config.json or rootfs changes.
 * Runs until SIGINT or SIGTERM, then stops the containers it started and exits 0.
 */
export async function watchCommand(
  paths: readonly string[],
  flags: WatchFlags,
  engine: Engine,
  terminal: Terminal,
): Promise<number> {
  // Bundles' network hooks run `rbc hook …`: runc needs this rbc on its PATH, as for rbc run.
  // Without --run, runc is only needed to restart bundles someone started with rbc run -d: a
  // missing runc (or a user who may not write /run/rbc) means there are none to restart.
  const runc = flags.run
    ? runcAdapter(await findRunc(flags.runc), await hookEnvironment())
    : await optionalRunc(flags.runc);
  // The first build's image answers (by image id, so never stale) serve every later rebuild.
  const imageMemo = createImageMemo();
  const { bundles, changes } = await buildAll(paths, {
    engine,
    terminal,
    jobs: flags.jobs,
    imageMemo,
  });
  const materialize = (compiled: readonly BundleCompilation[]): Promise<boolean> =>
    printMaterialized(terminal, materializeBundles(compiled, engine, trackOf(terminal)));
  if (runc !== undefined) await materialize(await notRunning(runc, bundles.compiled));
  // Bundles that failed (invalid overlay, missing image or container) are watched all the same.
  const unresolved = await Promise.all(bundles.unavailable.map((u) => unresolvedBundle(u.dir)));
  const watched = [...bundles.compiled, ...unresolved];
  const watching = await watchBundles(watched, {
    engine,
    imageMemo,
    log: (line) => {
      terminal.err(`${line}\n`);
    },
    materialize,
    initialChanges: changes,
    startAll: flags.run,
    jobs: flags.jobs,
    ...(runc === undefined ? {} : { runc, check: watchStartCheck(terminal, flags.verify) }),
  });
  note(terminal, `watching ${watched.length} bundle(s) and engine events; Ctrl-C to stop\n`);
  const signal = await new Promise<NodeJS.Signals>((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
  note(terminal, `${signal}: stopping\n`);
  await watching.close();
  return exitCodes.ok;
}

/**
 * The first build, as rbc build: write what compiled, report what did not; with the files each
 * bundle's build rewrote, by directory.
 */
async function buildAll(
  paths: readonly string[],
  context: {
    readonly engine: Engine;
    readonly terminal: Terminal;
    readonly jobs: number;
    readonly imageMemo: ImageMemo;
  },
) {
  const { engine, terminal } = context;
  const track = trackOf(terminal);
  const imageMemo = runImageMemo(context.imageMemo);
  const bundles = await compileBundles(
    paths,
    (dir) =>
      track(dir, "compiling", (onProgress) =>
        compileBundle(dir, engine, { onProgress, imageMemo }),
      ),
    { jobs: context.jobs },
  );
  const changes = new Map<string, readonly string[]>();
  for (const bundle of bundles.compiled) {
    if (bundle.files === undefined) continue;
    const changed = await writeBundleFiles(bundle.dir, bundle.files);
    changes.set(bundle.dir, changed);
    const what = changed.length ? `wrote ${changed.join(", ")}` : "up to date";
    note(terminal, `${paint(terminal, "green", "✓")} ${bundle.dir}: ${what}\n`);
  }
  reportDiagnostics(terminal, allDiagnostics(bundles));
  reportUnavailable(terminal, bundles);
  return { bundles, changes };
}

/**
 * The bundles whose container is not running. A running container's root is its bundle's
 * rootfs/, which materializing replaces, deleting the files under the container: it keeps its
 * tree until it restarts (at once if the first build changed its manifest), and the restart
 * materializes the new one.
 */
async function notRunning(
  runc: Runc,
  bundles: readonly BundleCompilation[],
): Promise<BundleCompilation[]> {
  const running = await Promise.all(bundles.map((b) => runningContainer(runc, b.dir)));
  return bundles.filter((_bundle, i) => running[i] === undefined);
}

function optionalRunc(path: string | undefined): Promise<Runc | undefined> {
  const connect = async () => runcAdapter(await findRunc(path), await hookEnvironment());
  return connect().catch(() => undefined);
}
