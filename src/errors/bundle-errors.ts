import { EnvironmentError } from "./rbc-error.ts";

/** A bundle file could not be written (permissions, a full disk). */
export class BundleWriteError extends EnvironmentError {
  constructor(path: string, cause: unknown) {
    super("BUNDLE_WRITE", `cannot write ${path}: ${String(cause)}`, { cause });
  }
}

/** A bundle's source was compiled without its rootfs, so there is nothing to materialize. */
export class RootfsUnresolvedError extends EnvironmentError {
  constructor() {
    super("ROOTFS_UNRESOLVED", "the bundle's source was not resolved with its rootfs");
  }
}
