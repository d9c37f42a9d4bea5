import type { BundleCompilation } from "./compile.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { EnvironmentError } from "./errors/index.ts";
import type { SourceOrigin } from "./overlay/index.ts";
import { bundleLocation } from "./bundle-location.ts";
import { findBundleDirs } from "./find-bundle-dirs.ts";
import { mapBounded } from "./map-bounded.ts";

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

/** How compileBundles runs the compilations. */
export interface CompileBundlesOptions<T> {
  /** How many bundles compile at once (`--jobs`; default 1, one after another). */
  readonly jobs?: number;
  /**
   * Receives each compiled bundle in path order, as soon as it and every bundle before it are
   * done (an unavailable one is skipped): what is printed per bundle comes out in path order.
   */
  readonly onCompiled?: (bundle: T) => void | Promise<void>;
}

/** One bundle's outcome, before the outcomes are sorted into compiled and unavailable. */
type Outcome<T> = { readonly compiled: T } | { readonly unavailable: BundleUnavailable };

/**
 * Compile every bundle under the given paths, up to `jobs` at a time, the outcomes in path order
 * whatever order they finish in. A failure of the surroundings (a missing image or container, an
 * engine error, even an unreachable engine) fails only its bundle: the others are still compiled,
 * and written by the caller. `compile` may return more than a compilation (the offline check adds
 * why a lock falls short); what it returns is kept until the end, so it should drop what the
 * caller no longer needs (a bundle's files, once written or compared).
 */
export async function compileBundles<T extends BundleCompilation>(
  paths: readonly string[],
  compile: CompileBundleDir<T>,
  options: CompileBundlesOptions<T> = {},
): Promise<CompiledBundles<T>> {
  const found = await findBundleDirs([...paths]);
  return {
    ...(await compileBundleDirs(found.value ?? [], compile, options)),
    diagnostics: found.diagnostics,
  };
}

/** compileBundles on bundle directories already found (the pool and the sorting of outcomes). */
export async function compileBundleDirs<T extends BundleCompilation>(
  dirs: readonly string[],
  compile: CompileBundleDir<T>,
  options: CompileBundlesOptions<T> = {},
): Promise<Omit<CompiledBundles<T>, "diagnostics">> {
  const outcomes = await mapBounded(
    dirs,
    options.jobs ?? 1,
    (dir) => compileOrExplain(dir, compile),
    (outcome) => ("compiled" in outcome ? options.onCompiled?.(outcome.compiled) : undefined),
  );
  const compiled: T[] = [];
  const unavailable: BundleUnavailable[] = [];
  for (const outcome of outcomes) {
    if ("compiled" in outcome) compiled.push(outcome.compiled);
    else unavailable.push(outcome.unavailable);
  }
  return { compiled, unavailable };
}

async function compileOrExplain<T extends BundleCompilation>(
  dir: string,
  compile: CompileBundleDir<T>,
): Promise<Outcome<T>> {
  try {
    return { compiled: await compile(dir) };
  } catch (cause) {
    if (!(cause instanceof EnvironmentError)) throw cause;
    const source = await sourceOf(dir);
    const overlayFile = bundleLocation(dir).overlayFile;
    return { unavailable: { dir, overlayFile, error: cause, ...(source && { source }) } };
  }
}

/**
 * A compilation without what only writing or comparing its files needs (the files, the lock, the
 * image's rootfs): what a run keeps of each bundle once it is written or compared, so that its
 * memory does not grow with the number of bundles. It has no files whether or not it compiled:
 * its diagnostics (and the caller's result) tell.
 */
export function settledCompilation(bundle: BundleCompilation): BundleCompilation {
  const { name, dir, overlayFile, overlay, identity, diagnostics } = bundle;
  return {
    name,
    dir,
    overlayFile,
    diagnostics,
    ...(overlay && { overlay }),
    ...(identity && { identity }),
  };
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
