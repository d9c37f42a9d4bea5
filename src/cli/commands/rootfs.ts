import { compileBundle } from "../../compile.ts";
import { compileBundles } from "../../compile-bundles.ts";
import { materializeBundles } from "../../materialize-bundles.ts";
import type { Engine } from "../../resolve/index.ts";
import { printMaterialized } from "../print-rootfs.ts";
import {
  exitCodes,
  problemExitCode,
  reportDiagnostics,
  allDiagnostics,
  reportUnavailable,
} from "../report.ts";
import type { Terminal } from "../terminal.ts";
import { layerCacheFor } from "../layer-cache-for.ts";

/** `rbc rootfs`: materialize each bundle's rootfs/ from its image, verified against rootfs.mtree. */
export async function rootfsCommand(
  paths: readonly string[],
  options: { readonly cache: boolean },
  engine: Engine,
  terminal: Terminal,
): Promise<number> {
  const rootfsReads = { cache: layerCacheFor(options.cache, terminal) };
  const bundles = await compileBundles(paths, (dir) => compileBundle(dir, engine, { rootfsReads }));
  reportDiagnostics(terminal, allDiagnostics(bundles));
  reportUnavailable(terminal, bundles);
  const ok = await printMaterialized(terminal, materializeBundles(bundles.compiled, engine));
  return problemExitCode(bundles) ?? (ok ? exitCodes.ok : exitCodes.environment);
}
