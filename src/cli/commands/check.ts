import { checkBundles } from "../../check-bundles.ts";
import type { Engine } from "../../resolve/index.ts";
import { checkStepSummary } from "../check-step-summary.ts";
import { checkSummaryLine, printCheckResults } from "../print-check.ts";
import { exitCodes, problemExitCode } from "../report.ts";
import { trackOf, type Terminal } from "../terminal.ts";
import { writeStepSummary } from "../write-step-summary.ts";

export interface CheckOptions {
  readonly json: boolean;
  /** Compile from the overlays and their locks alone, with no engine. */
  readonly offline: boolean;
  /** Reuse committed manifests and the layer cache (false: --no-cache). */
  readonly cache: boolean;
  /** How many bundles are checked at once (`--jobs`). */
  readonly jobs: number;
}

/**
 * `rbc check`: recompile in memory and compare with the committed files; writes nothing. Online,
 * through the engine, it tells apart an overlay that changed, an image tag that moved, a container
 * that changed and a rootfs manifest that changed; offline it compiles from each bundle's lock.
 */
export async function checkCommand(
  paths: readonly string[],
  options: CheckOptions,
  engine: () => Promise<Engine>,
  terminal: Terminal,
): Promise<number> {
  const { bundles, results } = await checkBundles(
    paths,
    options.offline
      ? { offline: true }
      : {
          offline: false,
          engine: await engine(),
          track: trackOf(terminal),
          rootfsReads: {
            reuseCommitted: options.cache,
            // Loaded here: the offline check has no use for the layer cache.
            cache: (await import("../layer-cache-for.ts")).layerCacheFor(options.cache, terminal),
          },
        },
    { jobs: options.jobs },
  );
  const drifted = results.filter((r) => r.status === "drift").length;
  const exitCode = problemExitCode(bundles) ?? (drifted ? exitCodes.drift : exitCodes.ok);
  printCheckResults(terminal, bundles, results, { json: options.json, exitCode });
  if (terminal.stepSummary !== undefined) {
    const line = checkSummaryLine(bundles, results);
    await writeStepSummary(terminal, checkStepSummary(bundles, results, line));
  }
  return exitCode;
}
