import { compileBundle, type BundleCompilation } from "../compile.ts";
import type { Diagnostic } from "../diagnostics.ts";
import { findBundleDirs } from "../overlay/index.ts";
import type { Engine } from "../resolve/index.ts";
import { ContainerNotFoundError, ImageNotFoundError } from "../errors/index.ts";

/** A bundle that could not be compiled because its image or container is missing from the engine. */
export interface BundleUnavailable {
  readonly dir: string;
  readonly overlayFile: string;
  readonly error: ImageNotFoundError | ContainerNotFoundError;
}

export interface CompiledBundles {
  readonly compiled: readonly BundleCompilation[];
  readonly unavailable: readonly BundleUnavailable[];
  /** Problems with the paths themselves (no bundle found). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Compile every bundle under the given paths, one at a time, in path order. A missing image or
 * container fails only its bundle; an unreachable engine stops everything (the error propagates).
 */
export async function compileBundles(
  paths: readonly string[],
  compile: Engine | ((dir: string) => Promise<BundleCompilation>),
): Promise<CompiledBundles> {
  const compileOne =
    typeof compile === "function" ? compile : (dir: string) => compileBundle(dir, compile);
  const found = await findBundleDirs([...paths]);
  const compiled: BundleCompilation[] = [];
  const unavailable: BundleUnavailable[] = [];
  for (const dir of found.value ?? []) {
    try {
      compiled.push(await compileOne(dir));
    } catch (cause) {
      if (!(cause instanceof ImageNotFoundError || cause instanceof ContainerNotFoundError))
        throw cause;
      unavailable.push({
        dir,
        overlayFile: `${dir.replace(/\/+$/, "")}/bundle.yaml`,
        error: cause,
      });
    }
  }
  return { compiled, unavailable, diagnostics: found.diagnostics };
}
