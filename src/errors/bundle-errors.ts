import { EnvironmentError } from "./rbc-error.ts";

/** A bundle file could not be written (permissions, a full disk). */
export class BundleWriteError extends EnvironmentError {
  constructor(path: string, cause: unknown) {
    super("BUNDLE_WRITE", `cannot write ${path}: ${String(cause)}`, { cause });
  }
}

/** A path of the bundle rbc writes as root is a symlink, not a directory, or someone else's. */
export class UnsafePathError extends EnvironmentError {
  constructor(path: string, why: string) {
    super(
      "UNSAFE_PATH",
      `refusing to write in ${path} as root: ${why} (remove it; rbc creates it itself)`,
    );
  }
}

/** A bundle's source was compiled without its rootfs, so there is nothing to materialize. */
export class RootfsUnresolvedError extends EnvironmentError {
  constructor() {
    super("ROOTFS_UNRESOLVED", "the bundle's source was not resolved with its rootfs");
  }
}
