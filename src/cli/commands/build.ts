import { writeBundleFiles } from "../../bundle/index.ts";
import { compileBundle, type BundleCompilation } from "../../compile.ts";
import { compileBundles, settledCompilation } from "../../compile-bundles.ts";
import { materializeBundles } from "../../materialize-bundles.ts";
import { runImageMemo, type Engine } from "../../resolve/index.ts";
import { printMaterialized } from "../print-rootfs.ts";
import {
  buildStepSummary,
  printBuildJson,
  printBuildSummary,
  type BuildResult,
} from "../print-build.ts";
import {
  allDiagnostics,
  exitCodes,
  problemExitCode,
  reportDiagnostics,
  reportUnavailable,
} from "../report.ts";
import { commandsOnStderr, note, paint, trackOf, type Terminal } from "../terminal.ts";
import { writeStepSummary } from "../write-step-summary.ts";
import { layerCacheFor } from "../layer-cache-for.ts";

export interface BuildOptions {
  readonly json: boolean;
  /** Also materialize each bundle's rootfs/ (rbc rootfs) after writing its files. */
  readonly rootfs: boolean;
  /** Reuse committed manifests and the layer cache (false: --no-cache). */
  readonly cache: boolean;
  /** How many bundles compile at once (`--jobs`). */
  readonly jobs: number;
}

/** `rbc build`: compile every bundle and write the files that changed; failed bundles are untouched. */
export async function buildCommand(
  paths: readonly string[],
  options: BuildOptions,
  engine: Engine,
  terminal: Terminal,
): Promise<number> {
  const track = trackOf(terminal);
  const { bundles, results } = await compileAndWrite(paths, options, engine, terminal);
  const log = options.json ? commandsOnStderr(terminal) : terminal;
  reportDiagnostics(log, allDiagnostics(bundles));
  reportUnavailable(log, bundles);
  const materialized = options.rootfs
    ? await printMaterialized(terminal, materializeBundles(bundles.compiled, engine, track))
    : true;
  const exitCode =
    problemExitCode(bundles) ?? (materialized ? exitCodes.ok : exitCodes.environment);
  if (options.json) printBuildJson(terminal, bundles, results, exitCode);
  else printBuildSummary(terminal, bundles, results);
  if (terminal.stepSummary !== undefined) {
    await writeStepSummary(terminal, buildStepSummary(bundles, results));
  }
  return exitCode;
}

/**
 * Compile the bundles, up to `jobs` at a time, all sharing one ImageMemo (each image is inspected,
 * looked up and read once); each bundle is written as soon as it compiled, and printed in path
 * order.
 */
async function compileAndWrite(
  paths: readonly string[],
  options: BuildOptions,
  engine: Engine,
  terminal: Terminal,
) {
  // Materializing needs the image read anyway: the committed manifest is reused only without it.
  const rootfsReads = {
    reuseCommitted: options.cache && !options.rootfs,
    cache: layerCacheFor(options.cache, terminal),
  };
  const track = trackOf(terminal);
  const imageMemo = runImageMemo();
  const results: BuildResult[] = [];
  const bundles = await compileBundles(
    paths,
    async (dir) => {
      const bundle = await track(dir, "compiling", (onProgress) =>
        compileBundle(dir, engine, { onProgress, rootfsReads, imageMemo }),
      );
      const result = await writeBundle(bundle);
      // Materializing reads the compilation's rootfs; otherwise the files are done with.
      return { ...(options.rootfs ? bundle : settledCompilation(bundle)), result };
    },
    {
      jobs: options.jobs,
      onCompiled: ({ result }) => {
        results.push(result);
        if (!options.json && result.status !== "invalid") {
          const what = result.changed.length ? `wrote ${result.changed.join(", ")}` : "up to date";
          note(terminal, `${paint(terminal, "green", "✓")} ${result.dir}: ${what}\n`);
        }
      },
    },
  );
  return { bundles, results };
}

async function writeBundle(bundle: BundleCompilation): Promise<BuildResult> {
  const changed = bundle.files ? await writeBundleFiles(bundle.dir, bundle.files) : [];
  const status = bundle.files ? (changed.length ? "changed" : "unchanged") : "invalid";
  const { name, dir, diagnostics } = bundle;
  return { name, dir, status, changed, diagnostics };
}
