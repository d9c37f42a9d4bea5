import { compileBundle } from "../../compile.ts";
import { compileBundles } from "../../compile-bundles.ts";
import { materializeBundles } from "../../materialize-bundles.ts";
import { runImageMemo, type Engine } from "../../resolve/index.ts";
import { printMaterialized } from "../print-rootfs.ts";
import {
  exitCodes,
  problemExitCode,
  reportDiagnostics,
  allDiagnostics,
  reportUnavailable,
} from "../report.ts";
import { trackOf, type Terminal } from "../terminal.ts";
import { layerCacheFor } from "../layer-cache-for.ts";

/** `rbc rootfs`: materialize each bundle's rootfs/ from its image, verified against rootfs.mtree. */
export async function rootfsCommand(
  paths: readonly string[],
  options: { readonly cache: boolean; readonly jobs: number },
  engine: Engine,
  terminal: Terminal,
): Promise<number> {
  const rootfsReads = { cache: layerCacheFor(options.cache, terminal) };
  const track = trackOf(terminal);
  // Compiled up to `jobs` at a time, sharing what they learn of each image; materialized in turn.
  const imageMemo = runImageMemo();
  const bundles = await compileBundles(
    paths,
    (dir) =>
      track(dir, "compiling", (onProgress) =>
        compileBundle(dir, engine, { onProgress, rootfsReads, imageMemo }),
      ),
    { jobs: options.jobs },
  );
  reportDiagnostics(terminal, allDiagnostics(bundles));
  reportUnavailable(terminal, bundles);
  const materialized = materializeBundles(bundles.compiled, engine, track);
  const ok = await printMaterialized(terminal, materialized);
  return problemExitCode(bundles) ?? (ok ? exitCodes.ok : exitCodes.environment);
}
