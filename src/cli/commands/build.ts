import { writeBundleFiles } from "../../bundle/index.ts";
import { compileBundle, type BundleCompilation } from "../../compile.ts";
import { compileBundles } from "../../compile-bundles.ts";
import { materializeBundles } from "../../materialize-bundles.ts";
import type { Engine } from "../../resolve/index.ts";
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
}

/** `rbc build`: compile every bundle and write the files that changed; failed bundles are untouched. */
export async function buildCommand(
  paths: readonly string[],
  options: BuildOptions,
  engine: Engine,
  terminal: Terminal,
): Promise<number> {
  // Materializing needs the image read anyway: the committed manifest is reused only without it.
  const rootfsReads = {
    reuseCommitted: options.cache && !options.rootfs,
    cache: layerCacheFor(options.cache, terminal),
  };
  const track = trackOf(terminal);
  const bundles = await compileBundles(paths, (dir) =>
    track(dir, "compiling", (onProgress) =>
      compileBundle(dir, engine, { onProgress, rootfsReads }),
    ),
  );
  const results: BuildResult[] = [];
  for (const bundle of bundles.compiled) {
    const result = await writeBundle(bundle);
    results.push(result);
    if (!options.json && result.status !== "invalid") {
      const what = result.changed.length ? `wrote ${result.changed.join(", ")}` : "up to date";
      note(terminal, `${paint(terminal, "green", "✓")} ${bundle.dir}: ${what}\n`);
    }
  }
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

async function writeBundle(bundle: BundleCompilation): Promise<BuildResult> {
  const changed = bundle.files ? await writeBundleFiles(bundle.dir, bundle.files) : [];
  const status = bundle.files ? (changed.length ? "changed" : "unchanged") : "invalid";
  const { name, dir, diagnostics } = bundle;
  return { name, dir, status, changed, diagnostics };
}
