import { lockedHostDevices, lockedTarget, type BundleLock, readLock } from "./bundle/index.ts";
import { compileBundle, type BundleCompilation } from "./compile.ts";
import { error } from "./diagnostics.ts";
import { bundleFile, bundleLocation } from "./bundle-location.ts";
import { lockedEngine } from "./resolve/index.ts";
import { LockIncompleteError } from "./errors/index.ts";

/**
 * Compile a bundle from its overlay and its committed lock alone, with no engine: the lock holds
 * every answer the engine gave when the bundle was built. The rootfs manifest and the lock itself
 * are not rebuilt (they need the image). An overlay that now needs answers the lock lacks compiles
 * to nothing, with the reason. With `target: "locked"` it compiles for the target the lock was
 * built for rather than the overlay's, and with the container id the lock records rather than the
 * bundle's own, which tells a target change and a move from other overlay changes.
 */
export async function compileFromLock(
  dir: string,
  lockText: string | undefined,
  options: { readonly target?: "overlay" | "locked" } = {},
): Promise<{
  readonly compilation: BundleCompilation;
  readonly lock?: BundleLock;
  /** Set when the overlay needs engine answers the lock does not have: it changed since the build. */
  readonly incomplete?: string;
}> {
  const location = bundleLocation(dir);
  const failed = (message: string): { compilation: BundleCompilation } => ({
    compilation: {
      ...location,
      diagnostics: [
        error("BND601", message, {
          location: { file: bundleFile(dir, "bundle.lock"), line: 1, col: 1 },
        }),
      ],
    },
  });
  if (lockText === undefined)
    return failed("no bundle.lock: run rbc build with the engine running, and commit it");
  const parsed = readLock(lockText);
  if ("problem" in parsed) return failed(`bundle.lock is not a valid lock: ${parsed.problem}`);
  const { lock } = parsed;
  try {
    const compilation = await compileBundle(dir, lockedEngine(lock.inputs.engine), {
      rootfs: false,
      hostDevices: () => Promise.resolve(lockedHostDevices(lock)),
      ...(options.target === "locked" ? { target: lockedTarget(lock) } : {}),
      ...(options.target === "locked" && lock.identity !== undefined
        ? { identity: lock.identity }
        : {}),
    });
    return { compilation, lock };
  } catch (cause) {
    if (!(cause instanceof LockIncompleteError)) throw cause;
    return {
      compilation: { ...location, diagnostics: [] },
      lock,
      incomplete: cause.message,
    };
  }
}
