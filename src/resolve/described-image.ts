import type { ImageRootfs, KeptFile, RootfsEntry } from "../rootfs/index.ts";

/** An image's manifest entries and identity; `rootfs` when they were read from its archive. */
export interface DescribedImage {
  readonly configDigest: string;
  readonly diffIds: readonly string[];
  readonly entries: readonly RootfsEntry[];
  /** The bytes of the user database files its layers hold (USER_FILES_KEPT), by digest. */
  readonly files: readonly KeptFile[];
  readonly rootfs?: ImageRootfs;
}
