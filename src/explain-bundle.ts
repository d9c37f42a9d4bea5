import { readBundleFiles } from "./bundle/index.ts";
import { compileBundle, type BundleCompilation } from "./compile.ts";
import { compileFromLock } from "./compile-from-lock.ts";
import type { Engine } from "./resolve/index.ts";

/** A bundle compiled to be explained, and whether its committed config.json is what it compiles to. */
export interface ExplainedBundle {
  readonly compilation: BundleCompilation;
  /** Compiled from the lock alone (no engine was asked). */
  readonly offline: boolean;
  /** The committed config.json differs from what the overlay compiles to now (or is missing). */
  readonly stale: boolean;
  /** The bundle has a committed config.json (false: never built, what it would compile to is told). */
  readonly built: boolean;
}

/**
 * Compile a bundle for `rbc explain`: from its overlay and committed lock, with no engine, when
 * the lock answers everything the overlay asks (compileFromLock); through the engine otherwise
 * (no lock yet, or an overlay that now asks what the lock does not hold).
 */
export async function explainBundle(
  dir: string,
  engine: () => Promise<Engine>,
): Promise<ExplainedBundle> {
  const committed = await readBundleFiles(dir);
  const lock = committed.get("bundle.lock");
  const fromLock = lock === undefined ? undefined : await compileFromLock(dir, lock);
  const offline = fromLock !== undefined && fromLock.incomplete === undefined;
  const compilation = offline
    ? fromLock.compilation
    : await compileBundle(dir, await engine(), { rootfs: false });
  const compiled = compilation.files?.get("config.json");
  const built = committed.has("config.json");
  const stale = compiled !== undefined && committed.get("config.json") !== compiled;
  return { compilation, offline, stale, built };
}
