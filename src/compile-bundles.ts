import type { BundleCompilation } from "./compile.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { EnvironmentError } from "./errors/index.ts";
import type { SourceOrigin } from "./overlay/index.ts";
import { bundleLocation } from "./bundle-location.ts";
import { findBundleDirs } from "./find-bundle-dirs.ts";

/** Compiles one bundle directory: through the engine, or offline from its lock. */
export type CompileBundleDir<T extends BundleCompilation = BundleCompilation> = (
  dir: string,
) => Promise<T>;

/**
 * A bundle that could not be compiled because of its surroundings: its image or container is
 * missing, or the engine failed or refused a request for it.
 */
export interface BundleUnavailable {
  readonly dir: string;
  readonly overlayFile: string;
  readonly error: EnvironmentError;
  /** The overlay line naming the image or container the engine could not give (annotations). */
  readonly source?: SourceOrigin;
}

export interface CompiledBundles<T extends BundleCompilation = BundleCompilation> {
  readonly compiled: readonly T[];
  readonly unavailable: readonly BundleUnavailable[];
  /** Problems with the paths themselves (no bundle found). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Compile every bundle under the given paths, one at a time, in path order. A failure of the
 * surroundings (a missing image or container, an engine error, even an unreachable engine) fails
 * only its bundle: the others are still compiled, and written by the caller.
 * `compile` may return more than a compilation (the offline check adds why a lock falls short).
 */
export async function compileBundles<T extends BundleCompilation>(
  paths: readonly string[],
  compile: CompileBundleDir<T>,
): Promise<CompiledBundles<T>> {
  const found = await findBundleDirs([...paths]);
  const compiled: T[] = [];
  const unavailable: BundleUnavailable[] = [];
  for (const dir of found.value ?? []) {
    try {
      compiled.push(await compile(dir));
    } catch (cause) {
      if (!(cause instanceof EnvironmentError)) throw cause;
      const source = await sourceOf(dir);
      unavailable.push({
        dir,
        overlayFile: bundleLocation(dir).overlayFile,
        error: cause,
        ...(source && { source }),
      });
    }
  }
  return { compiled, unavailable, diagnostics: found.diagnostics };
}

/**
 * The overlay was loaded before the engine failed, so loading it again finds its source line.
 * Loaded lazily: `rbc run` compiles (and loads the validator) only when its bundle must be built.
 */
async function sourceOf(dir: string): Promise<SourceOrigin | undefined> {
  const { loadOverlay, sourceOrigin } = await import("./overlay/index.ts");
  const overlay = (await loadOverlay(dir)).value;
  return overlay === undefined ? undefined : sourceOrigin(overlay);
}
